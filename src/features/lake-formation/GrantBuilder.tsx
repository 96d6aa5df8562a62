import { useState } from 'react';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import { isAwsError } from '../../engine';
import { useLake } from '../../store';
import { ShowCliButton } from '../../ui/ShowCliButton';
import { ErrorAlert } from './ErrorAlert';
import { GrantFields } from './GrantFields';
import { draftProblem, emptyDraft, grantInput, type GrantDraft } from './grantDraft';
import type { MatrixChange } from './matrixModel';
import { previewGrant } from './previewGrant';
import { useGrantOptions } from './useGrantOptions';
import { useLakeFormation } from './useLakeFormation';
import { useLfCall } from './useLfCall';

/** What if: build a grant for the playground's principal, preview its effect, then apply it. */
export function GrantBuilder({
  principalArn,
  who,
  draft,
  onDraftChange,
  changes,
  onPreview,
}: {
  principalArn: string;
  who: string;
  /** Kept by the playground, so switching tabs keeps the draft and its preview. */
  draft: GrantDraft;
  onDraftChange: (draft: GrantDraft) => void;
  changes: MatrixChange[] | undefined;
  onPreview: (changes: MatrixChange[] | undefined) => void;
}) {
  const engine = useLake((s) => s.engine);
  const caller = useLake((s) => s.principal);
  const options = useGrantOptions();
  const { accountId } = useLakeFormation();
  const { run, error: applyError, isBusy } = useLfCall();
  const [previewError, setPreviewError] = useState<Error>();
  const current = { ...draft, principal: principalArn };
  const problem = draftProblem(current);
  const input = grantInput(current, accountId);
  const edit = (next: GrantDraft) => {
    onDraftChange(next);
    setPreviewError(undefined);
    onPreview(undefined);
  };
  const preview = async () => {
    try {
      const found = await previewGrant(engine, caller, principalArn, input);
      onPreview(found);
    } catch (e) {
      if (!isAwsError(e)) throw e;
      setPreviewError(e);
    }
  };
  const apply = async () => {
    if (await run('GrantPermissions', input, `Granted to ${who}`)) edit(emptyDraft(principalArn));
  };
  return (
    <SpaceBetween size="m">
      <Header
        variant="h2"
        description={`A grant to ${who}. Preview computes the matrix on a scratch copy of the lab first; nothing changes until you apply.`}
      >
        Grant builder
      </Header>
      <GrantFields draft={current} onChange={edit} {...options} withPrincipal={false} />
      <ErrorAlert error={previewError ?? applyError} />
      {problem && <Box color="text-body-secondary">{problem}</Box>}
      <SpaceBetween direction="horizontal" size="xs">
        <ShowCliButton service="lakeformation" operation="GrantPermissions" input={input} />
        <Button disabled={!!problem} onClick={() => void preview()}>
          Preview
        </Button>
        <Button
          variant="primary"
          disabled={!!problem || !changes}
          loading={isBusy}
          onClick={() => void apply()}
        >
          Apply
        </Button>
      </SpaceBetween>
      {changes && (
        <Table
          header={
            <Header variant="h3" counter={`(${changes.length})`}>
              What the grant would change
            </Header>
          }
          items={changes}
          trackBy="key"
          variant="embedded"
          empty="No change: the principal already has this access."
          columnDefinitions={[
            { id: 'resource', header: 'Resource', cell: (c) => c.label, isRowHeader: true },
            { id: 'before', header: 'Now', cell: (c) => c.before },
            { id: 'after', header: 'After the grant', cell: (c) => c.after },
          ]}
        />
      )}
    </SpaceBetween>
  );
}
