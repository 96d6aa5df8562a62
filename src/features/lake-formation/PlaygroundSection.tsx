import { useMemo, useState } from 'react';
import Box from '@cloudscape-design/components/box';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Tabs from '@cloudscape-design/components/tabs';
import { accessMatrix } from '../../engine/lakeformation/access';
import { navigate, useRoute } from '../../store/router';
import { AccessMatrix } from './AccessMatrix';
import { GrantBuilder } from './GrantBuilder';
import { emptyDraft } from './grantDraft';
import { matrixRows, type MatrixChange, type MatrixRow } from './matrixModel';
import { PrincipalSelect } from './PrincipalSelect';
import { principalOptions } from './principals';
import { RunAsButton } from './RunAsButton';
import { ScenarioButton } from './ScenarioButton';
import { TagTree } from './TagTree';
import { useLakeFormation } from './useLakeFormation';
import { WhyModal } from './WhyModal';

const PATH = '/lakeformation/playground';

/** The permission playground: one principal's access matrix, the tagged catalog, a what-if grant builder. */
export function PlaygroundSection() {
  const { world, accountId, version } = useLakeFormation();
  const { query } = useRoute();
  const options = principalOptions(world, accountId);
  const fallback = options.find((o) => o.label.startsWith('analyst ')) ?? options[0];
  const chosen = options.find((o) => o.arn === query.get('principal')) ?? fallback;
  const arn = chosen?.arn ?? '';
  const who = chosen?.label.replace(/ \(IAM (user|role)\)$/, '') ?? '';
  const [tab, setTab] = useState('matrix');
  const [why, setWhy] = useState<MatrixRow>();
  const [changes, setChanges] = useState<MatrixChange[]>();
  const [draft, setDraft] = useState(emptyDraft());
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the world mutates in place; version marks changes
  const matrix = useMemo(() => (arn ? accessMatrix(world, arn) : []), [world, arn, version]);
  const rows = useMemo(() => matrixRows(matrix), [matrix]);
  const changed = useMemo(() => new Set(changes?.map((c) => c.key)), [changes]);
  const whyAccess = why && matrix.find((t) => t.database === why.database && t.table === why.table);
  return (
    <SpaceBetween size="l">
      <Header
        variant="h1"
        description="Pick a principal and see what it may read — and why. Tag the catalog, try a grant before applying it, then run as the principal."
        actions={<ScenarioButton onLoaded={() => navigate(PATH, { principal: undefined })} />}
      >
        Permission playground
      </Header>
      <Container>
        <SpaceBetween direction="horizontal" size="m" alignItems="end">
          <FormField label="Principal">
            <PrincipalSelect
              ariaLabel="Principal"
              options={options}
              value={arn}
              onChange={(principal) => {
                setChanges(undefined);
                setDraft(emptyDraft());
                navigate(PATH, { principal });
              }}
            />
          </FormField>
          {chosen && <RunAsButton arn={arn} who={who} />}
        </SpaceBetween>
      </Container>
      <Tabs
        activeTabId={tab}
        onChange={({ detail }) => setTab(detail.activeTabId)}
        tabs={[
          {
            id: 'matrix',
            label: 'Access matrix',
            content: chosen ? (
              <AccessMatrix rows={rows} onWhy={setWhy} changed={changed} />
            ) : (
              <Box>
                No IAM users or roles yet: create one in IAM or load the HR & sales scenario.
              </Box>
            ),
          },
          { id: 'tags', label: 'LF-Tags on the catalog', content: <TagTree /> },
          {
            id: 'builder',
            label: 'Grant builder (what if)',
            content: chosen ? (
              <GrantBuilder
                principalArn={arn}
                who={who}
                draft={draft}
                onDraftChange={setDraft}
                changes={changes}
                onPreview={setChanges}
              />
            ) : null,
          },
        ]}
      />
      {why && whyAccess && (
        <WhyModal
          access={whyAccess}
          {...(why.column ? { column: why.column } : {})}
          who={who}
          onDismiss={() => setWhy(undefined)}
        />
      )}
    </SpaceBetween>
  );
}
