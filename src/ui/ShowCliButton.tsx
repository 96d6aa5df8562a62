import { useState } from 'react';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import CopyToClipboard from '@cloudscape-design/components/copy-to-clipboard';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { toCliCommand } from '../engine/cli/toCliCommand';
import { CliCommandBox } from './CliCommandBox';

export interface ShowCliButtonProps {
  /** The engine's service name (`s3`, `iam`, `glue`…). */
  service: string;
  /** The AWS operation the action calls, e.g. `CreateBucket`. */
  operation: string;
  /** The operation's input as the form would send it now. */
  input: unknown;
}

/** "Show CLI command": the AWS CLI line equivalent to a console action, to read and copy. */
export function ShowCliButton({ service, operation, input }: ShowCliButtonProps) {
  const [isVisible, setVisible] = useState(false);
  const command = isVisible ? toCliCommand(service, operation, input, { multiline: true }) : '';
  return (
    <>
      <Button onClick={() => setVisible(true)}>Show CLI command</Button>
      <Modal
        visible={isVisible}
        onDismiss={() => setVisible(false)}
        header="AWS CLI command"
        size="large"
        footer={
          <Box float="right">
            <SpaceBetween direction="horizontal" size="xs">
              <CopyToClipboard
                variant="button"
                copyButtonText="Copy"
                textToCopy={command}
                copySuccessText="Command copied"
                copyErrorText="Command failed to copy"
              />
              <Button variant="primary" onClick={() => setVisible(false)}>
                Close
              </Button>
            </SpaceBetween>
          </Box>
        }
      >
        <SpaceBetween size="s">
          <Box variant="p">
            This action calls <Box variant="code">{operation}</Box>. The same call from the AWS CLI
            (it also runs in LakeLab's terminal):
          </Box>
          <CliCommandBox command={command} />
        </SpaceBetween>
      </Modal>
    </>
  );
}
