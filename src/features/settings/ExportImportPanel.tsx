import { useState } from 'react';
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import FileInput from '@cloudscape-design/components/file-input';
import Header from '@cloudscape-design/components/header';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useLake } from '../../store';
import { downloadBytes } from '../../ui/downloadBytes';

export function ExportImportPanel() {
  const exportLab = useLake((s) => s.exportLab);
  const importLab = useLake((s) => s.importLab);
  const notify = useLake((s) => s.notify);
  const [pending, setPending] = useState<File | undefined>();
  const [error, setError] = useState<string | undefined>();

  const handleExport = () => {
    const { name, bytes } = exportLab();
    downloadBytes(name, bytes);
    notify({ type: 'success', header: `Exported the lab as ${name}` });
  };

  const handleImport = async () => {
    if (!pending) return;
    try {
      importLab(new Uint8Array(await pending.arrayBuffer()));
      notify({
        type: 'success',
        header: `Imported ${pending.name}`,
        content: 'The lab now holds what the file held.',
      });
      setPending(undefined);
    } catch (e) {
      setError(`${pending.name}: ${(e as Error).message}`);
      setPending(undefined);
    }
  };

  return (
    <Container
      header={
        <Header
          variant="h2"
          description="Keep a lab as a file, or open one an instructor shared. Files end in .lakelab."
        >
          Export and import
        </Header>
      }
    >
      <SpaceBetween size="m">
        <Button iconName="download" onClick={handleExport}>
          Export lab
        </Button>
        <FileInput
          ariaLabel="Choose a lab file to import"
          accept=".lakelab,application/zip"
          value={[]}
          onChange={({ detail }) => {
            setError(undefined);
            setPending(detail.value[0]);
          }}
        >
          Import lab…
        </FileInput>
        {error && (
          <Alert
            type="error"
            header="This file was not imported"
            dismissible
            onDismiss={() => setError(undefined)}
          >
            {error} Your current lab is unchanged.
          </Alert>
        )}
      </SpaceBetween>
      <Modal
        visible={pending !== undefined}
        onDismiss={() => setPending(undefined)}
        header="Replace the current lab?"
        footer={
          <Box float="right">
            <SpaceBetween direction="horizontal" size="xs">
              <Button variant="link" onClick={() => setPending(undefined)}>
                Cancel
              </Button>
              <Button variant="primary" onClick={() => void handleImport()}>
                Replace lab
              </Button>
            </SpaceBetween>
          </Box>
        }
      >
        Importing <strong>{pending?.name}</strong> replaces everything in the current lab. Export
        the current lab first if you want to keep it.
      </Modal>
    </Container>
  );
}
