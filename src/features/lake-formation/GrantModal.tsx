import { useState } from 'react';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { ShowCliButton } from '../../ui/ShowCliButton';
import { ErrorAlert } from './ErrorAlert';
import { GrantFields } from './GrantFields';
import { draftProblem, emptyDraft, grantInput } from './grantDraft';
import { useGrantOptions } from './useGrantOptions';
import { useLakeFormation } from './useLakeFormation';
import { useLfCall } from './useLfCall';

/** Grant data permissions: named resources or LF-Tag expressions, with the grant option. */
export function GrantModal({ onDismiss }: { onDismiss: () => void }) {
  const options = useGrantOptions();
  const { accountId } = useLakeFormation();
  const { run, error, isBusy } = useLfCall();
  const [draft, setDraft] = useState(emptyDraft());
  const problem = draftProblem(draft);
  const input = grantInput(draft, accountId);
  const submit = async () => {
    if (await run('GrantPermissions', input, 'Granted permissions')) onDismiss();
  };
  return (
    <Modal
      visible
      size="large"
      onDismiss={onDismiss}
      closeAriaLabel="Close dialog"
      header="Grant data permissions"
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onDismiss}>
              Cancel
            </Button>
            <ShowCliButton service="lakeformation" operation="GrantPermissions" input={input} />
            <Button
              variant="primary"
              loading={isBusy}
              disabled={!!problem}
              onClick={() => void submit()}
            >
              Grant
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      <SpaceBetween size="m">
        <ErrorAlert error={error} />
        <GrantFields draft={draft} onChange={setDraft} {...options} />
        {problem && <Box color="text-body-secondary">{problem}</Box>}
      </SpaceBetween>
    </Modal>
  );
}
