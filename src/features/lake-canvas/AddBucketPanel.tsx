import { useState } from 'react';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useLake } from '../../store';
import { ShowCliButton } from '../../ui/ShowCliButton';

/** "Add bucket": s3 CreateBucket, named for its lake zone. */
export function AddBucketPanel({ onCreated }: { onCreated(name: string): void }) {
  const call = useLake((s) => s.call);
  const seed = useLake((s) => s.engine.world.seed);
  const [name, setName] = useState(`lake-raw-${seed}`);
  const [error, setError] = useState<string>();
  const input = { Bucket: name };
  const create = async () => {
    try {
      await call('s3', 'CreateBucket', input, { quiet: true });
      onCreated(name);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <SpaceBetween size="s">
      <FormField
        label="Bucket name"
        description="Name it for its zone: raw (as delivered), processed (cleaned), curated (ready for analysts)."
        errorText={error}
      >
        <Input
          value={name}
          onChange={({ detail }) => setName(detail.value)}
          ariaLabel="Bucket name"
        />
      </FormField>
      <SpaceBetween size="xs" direction="horizontal">
        <Button variant="primary" onClick={() => void create()}>
          Create bucket
        </Button>
        <ShowCliButton service="s3" operation="CreateBucket" input={input} />
      </SpaceBetween>
    </SpaceBetween>
  );
}
