import { useState } from 'react';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useLake } from '../../store';
import type { CrawlerDraft } from './crawlerDraft';
import { listDatabaseNames } from './glueCalls';
import { useGlueQuery } from './useGlueQuery';

interface Props {
  draft: CrawlerDraft;
  change(patch: Partial<CrawlerDraft>): void;
  errorText: string | undefined;
}

/** Target database: one of GetDatabases, or a new one made with CreateDatabase. */
export function DatabasePicker({ draft, change, errorText }: Props) {
  const call = useLake((s) => s.call);
  const { data = [] } = useGlueQuery('databases', listDatabaseNames);
  const [newName, setNewName] = useState('');
  const [error, setError] = useState<string>();
  const add = async () => {
    setError(undefined);
    try {
      await call(
        'glue',
        'CreateDatabase',
        { DatabaseInput: { Name: newName.trim() } },
        { quiet: true },
      );
      change({ database: newName.trim().toLowerCase() });
      setNewName('');
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <SpaceBetween size="s">
      <FormField
        label="Target database"
        description="The Data Catalog database the crawler writes its tables to."
        errorText={errorText}
      >
        <Select
          selectedOption={draft.database ? { label: draft.database, value: draft.database } : null}
          options={data.map((name) => ({ label: name, value: name }))}
          placeholder="Choose a database"
          empty="No databases yet: add one below."
          onChange={({ detail }) => change({ database: detail.selectedOption.value ?? '' })}
        />
      </FormField>
      <FormField label="New database name" errorText={error}>
        <SpaceBetween direction="horizontal" size="xs">
          <Input value={newName} onChange={({ detail }) => setNewName(detail.value)} />
          <Button disabled={!newName.trim()} onClick={() => void add()}>
            Add database
          </Button>
        </SpaceBetween>
      </FormField>
    </SpaceBetween>
  );
}
