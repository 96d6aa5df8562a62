import { useState } from 'react';
import type { StorageClass } from '@aws-sdk/client-s3';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import FileDropzone from '@cloudscape-design/components/file-dropzone';
import FileInput from '@cloudscape-design/components/file-input';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import ProgressBar from '@cloudscape-design/components/progress-bar';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { MAX_UPLOAD_BYTES } from '../../engine/formats/uploadLimit';
import { ShowCliButton } from '../../ui/ShowCliButton';
import { uploadInput } from './actions';
import { formatBytes } from './format';
import { PageDropOverlay } from './PageDropOverlay';
import { STORAGE_CLASS_OPTIONS } from './storageClassOptions';
import { useUploads } from './useUploads';

/** Upload: drop files from the desktop or choose them; a progress bar and a result per file. */
export function UploadDropZone({ bucket, prefix }: { bucket: string; prefix: string }) {
  const [storageClass, setStorageClass] = useState<StorageClass>('STANDARD');
  const { items, upload, clear } = useUploads(bucket, prefix, storageClass);
  const handleFiles = (files: File[]) => void upload(files);
  return (
    <Container
      header={
        <Header
          variant="h2"
          description={`Files go to s3://${bucket}/${prefix}, with the content type their extension implies. At most ${formatBytes(MAX_UPLOAD_BYTES)} per file.`}
          actions={
            <ShowCliButton
              service="s3"
              operation="PutObject"
              input={uploadInput(
                bucket,
                `${prefix}${items[0]?.name ?? 'data.csv'}`,
                new Uint8Array(),
                storageClass,
              )}
            />
          }
        >
          Upload
        </Header>
      }
    >
      <PageDropOverlay target={`s3://${bucket}/${prefix}`} onFiles={handleFiles} />
      <SpaceBetween size="m">
        <FormField label="Storage class" description="For the files you upload next.">
          <Select
            selectedOption={STORAGE_CLASS_OPTIONS.find((o) => o.value === storageClass) ?? null}
            options={STORAGE_CLASS_OPTIONS}
            onChange={({ detail }) => setStorageClass(detail.selectedOption.value as StorageClass)}
          />
        </FormField>
        <div role="group" aria-label="Upload drop zone">
          <FileDropzone onChange={({ detail }) => handleFiles(detail.value)}>
            <SpaceBetween size="xs" alignItems="center">
              <Box color="text-body-secondary">Drag and drop files here, or</Box>
              <FileInput
                multiple
                value={[]}
                ariaLabel="Choose files to upload"
                onChange={({ detail }) => handleFiles(detail.value)}
              >
                Choose files
              </FileInput>
            </SpaceBetween>
          </FileDropzone>
        </div>
        {items.length > 0 && (
          <SpaceBetween size="s">
            {items.map((item) => (
              <ProgressBar
                key={item.id}
                label={item.name}
                value={item.percent}
                status={item.status}
                resultText={item.message}
                ariaLabel={`Upload of ${item.name}`}
              />
            ))}
            <Button variant="inline-link" onClick={clear}>
              Clear finished uploads
            </Button>
          </SpaceBetween>
        )}
      </SpaceBetween>
    </Container>
  );
}
