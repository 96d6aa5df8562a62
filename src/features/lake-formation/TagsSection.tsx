import { useState } from 'react';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import { useLake } from '../../store';
import { DeleteResourceModal } from '../../ui/DeleteResourceModal';
import { TagValuesModal } from './TagValuesModal';
import { useLakeFormation } from './useLakeFormation';

interface TagRow {
  key: string;
  values: string[];
}

type Dialog = { kind: 'create' } | { kind: 'edit'; tag: TagRow } | { kind: 'delete'; tag: TagRow };

/** LF-Tags: keys with their allowed values; create, edit values, delete. */
export function TagsSection() {
  const { lf } = useLakeFormation();
  const call = useLake((s) => s.call);
  const [dialog, setDialog] = useState<Dialog>();
  const tags = Object.values(lf?.lfTags ?? {})
    .map((t) => ({ key: t.TagKey, values: t.TagValues }))
    .sort((a, b) => a.key.localeCompare(b.key));
  return (
    <>
      <Table
        header={
          <Header
            variant="h1"
            counter={`(${tags.length})`}
            description="Tags with allowed values, assigned to databases, tables and columns; grants on tag expressions follow them."
            actions={
              <Button variant="primary" onClick={() => setDialog({ kind: 'create' })}>
                Add LF-Tag
              </Button>
            }
          >
            LF-Tags
          </Header>
        }
        items={tags}
        trackBy="key"
        empty="No LF-Tags."
        columnDefinitions={[
          { id: 'key', header: 'Key', cell: (t) => t.key, isRowHeader: true },
          { id: 'values', header: 'Values', cell: (t) => t.values.join(', ') },
          {
            id: 'actions',
            header: 'Actions',
            cell: (t) => (
              <SpaceBetween direction="horizontal" size="xs">
                <Button
                  variant="inline-link"
                  ariaLabel={`Edit LF-Tag ${t.key}`}
                  onClick={() => setDialog({ kind: 'edit', tag: t })}
                >
                  Edit
                </Button>
                <Button
                  variant="inline-link"
                  ariaLabel={`Delete LF-Tag ${t.key}`}
                  onClick={() => setDialog({ kind: 'delete', tag: t })}
                >
                  Delete
                </Button>
              </SpaceBetween>
            ),
          },
        ]}
      />
      {dialog?.kind === 'create' && <TagValuesModal onDismiss={() => setDialog(undefined)} />}
      {dialog?.kind === 'edit' && (
        <TagValuesModal existing={dialog.tag} onDismiss={() => setDialog(undefined)} />
      )}
      {dialog?.kind === 'delete' && (
        <DeleteResourceModal
          kind="LF-Tag"
          name={dialog.tag.key}
          cli={{
            service: 'lakeformation',
            operation: 'DeleteLFTag',
            input: { TagKey: dialog.tag.key },
          }}
          onDelete={() =>
            call('lakeformation', 'DeleteLFTag', { TagKey: dialog.tag.key }, { quiet: true })
          }
          onDismiss={() => setDialog(undefined)}
        >
          Deleting the key removes it from every resource it is assigned to; grants on expressions
          that use it stop matching.
        </DeleteResourceModal>
      )}
    </>
  );
}
