import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Modal from '@cloudscape-design/components/modal';
import type { TableAccess } from '../../engine/lakeformation/access';
import { whySteps } from './whySteps';

/** "Why?": the decision for one table or column, step by step. */
export function WhyModal({
  access,
  column,
  who,
  onDismiss,
}: {
  access: TableAccess;
  column?: string;
  who: string;
  onDismiss: () => void;
}) {
  const label = `${access.database}.${access.table}${column ? `.${column}` : ''}`;
  return (
    <Modal
      visible
      onDismiss={onDismiss}
      header={`Why? ${label} for ${who}`}
      footer={
        <Box float="right">
          <Button variant="primary" onClick={onDismiss}>
            Close
          </Button>
        </Box>
      }
    >
      <ol style={{ margin: 0, paddingLeft: 20, lineHeight: 1.6 }}>
        {whySteps(access, who, column).map((step, i) => (
          <li key={i}>{step}</li>
        ))}
      </ol>
    </Modal>
  );
}
