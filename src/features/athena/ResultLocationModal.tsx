import { useState } from 'react';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Modal from '@cloudscape-design/components/modal';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { isAwsError } from '../../engine';
import { useLake } from '../../store';
import { accountOf, createResultsBucket, defaultResultsBucket, setResultLocation } from './actions';
import { useBucketNames } from './useBucketNames';

/** Manage settings: where the workgroup writes query results; offers to create the usual bucket. */
export function ResultLocationModal({
  workGroup,
  current,
  onDismiss,
}: {
  workGroup: string;
  current: string | undefined;
  onDismiss: () => void;
}) {
  const call = useLake((s) => s.call);
  const world = useLake((s) => s.engine.world);
  const principal = useLake((s) => s.principal);
  const region = world.region;
  const bucket = defaultResultsBucket(accountOf(principal, world.defaultAccountId), region);
  const [location, setLocation] = useState(current ?? '');
  const buckets = useBucketNames().data ?? [];
  const [error, setError] = useState<string>();
  const [isBusy, setBusy] = useState(false);
  const attempt = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(undefined);
    try {
      await work();
    } catch (e) {
      if (!isAwsError(e)) throw e;
      setError(`${e.name}: ${e.message}`);
    } finally {
      setBusy(false);
    }
  };
  const createBucket = () =>
    attempt(async () => {
      await createResultsBucket(call, bucket, region);
      setLocation(`s3://${bucket}/`);
    });
  const save = () =>
    attempt(async () => {
      await setResultLocation(call, workGroup, location.trim());
      onDismiss();
    });
  return (
    <Modal
      visible
      size="medium"
      header="Manage settings"
      onDismiss={onDismiss}
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onDismiss}>
              Cancel
            </Button>
            <Button
              variant="primary"
              loading={isBusy}
              disabled={!location.trim()}
              onClick={() => void save()}
            >
              Save
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      <Form errorText={error}>
        <SpaceBetween size="m">
          <FormField
            label="Location of query result"
            description={`Athena writes the results of every query in workgroup ${workGroup} to this S3 location (UpdateWorkGroup).`}
            constraintText="Format: s3://bucket/prefix/"
          >
            <Input
              value={location}
              placeholder="s3://bucket/prefix/"
              onChange={(e) => setLocation(e.detail.value)}
            />
          </FormField>
          <FormField
            label="Choose a bucket"
            description="Results go to the top of the bucket; add a prefix above if you like."
          >
            <Select
              selectedOption={null}
              placeholder="Choose an existing bucket"
              empty="No buckets"
              options={buckets.map((b) => ({ value: b, label: b }))}
              onChange={(e) => setLocation(`s3://${e.detail.selectedOption.value ?? ''}/`)}
            />
          </FormField>
          <Box variant="p">
            No bucket yet? Athena's console proposes <Box variant="code">{bucket}</Box>.
          </Box>
          <Button onClick={() => void createBucket()} loading={isBusy}>
            Create bucket {bucket}
          </Button>
        </SpaceBetween>
      </Form>
    </Modal>
  );
}
