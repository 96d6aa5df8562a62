import { useState } from 'react';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useLake } from '../../store';
import { navigate } from '../../store/router';
import { deleteCrawler, startCrawler, stopCrawler } from './glueCalls';

interface Props {
  name: string | undefined;
  state: string | undefined;
  /** Where to go after a delete (the list stays where it is). */
  afterDelete?: string;
  onEdit?: () => void;
}

/** Run crawler / Stop crawler / Delete for one crawler; errors arrive as notifications. */
export function CrawlerActions({ name, state, afterDelete, onEdit }: Props) {
  const call = useLake((s) => s.call);
  const [isConfirming, setConfirming] = useState(false);
  const act = (action: () => Promise<unknown>) => void action().catch(() => undefined);
  return (
    <SpaceBetween direction="horizontal" size="xs">
      <Button disabled={!name || state !== 'READY'} onClick={() => setConfirming(true)}>
        Delete
      </Button>
      {onEdit && (
        <Button disabled={state !== 'READY'} onClick={onEdit}>
          Edit
        </Button>
      )}
      <Button
        disabled={!name || state !== 'RUNNING'}
        onClick={() => name && act(() => stopCrawler(call, name))}
      >
        Stop crawler
      </Button>
      <Button
        variant="primary"
        disabled={!name || state !== 'READY'}
        onClick={() => name && act(() => startCrawler(call, name))}
      >
        Run crawler
      </Button>
      <Modal
        visible={isConfirming}
        onDismiss={() => setConfirming(false)}
        header={`Delete crawler ${name ?? ''}?`}
        footer={
          <Box float="right">
            <SpaceBetween direction="horizontal" size="xs">
              <Button onClick={() => setConfirming(false)}>Cancel</Button>
              <Button
                variant="primary"
                onClick={() => {
                  setConfirming(false);
                  if (name)
                    act(async () => {
                      await deleteCrawler(call, name);
                      if (afterDelete) navigate(afterDelete);
                    });
                }}
              >
                Delete
              </Button>
            </SpaceBetween>
          </Box>
        }
      >
        The crawler is deleted; the tables it created stay in the Data Catalog.
      </Modal>
    </SpaceBetween>
  );
}
