import { useState } from 'react';
import Button from '@cloudscape-design/components/button';
import Checkbox from '@cloudscape-design/components/checkbox';
import Container from '@cloudscape-design/components/container';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { isAwsError } from '../../engine';
import { bucketNameProblem } from '../../engine/s3/bucketNames';
import { useLake } from '../../store';
import { href, navigate } from '../../store/router';
import { ShowCliButton } from '../../ui/ShowCliButton';
import { createBucket, createBucketInput, type DefaultEncryption } from './actions';
import { EncryptionFields } from './EncryptionFields';
import { emptyRuleDraft, toLifecycleRule } from './lifecycleDraft';
import { LifecycleRuleFields } from './LifecycleRuleFields';

/** Create bucket: name (S3 naming rules checked as you type), default encryption, Block Public Access, a first lifecycle rule. */
export function CreateBucketForm() {
  const call = useLake((s) => s.call);
  const notify = useLake((s) => s.notify);
  const [name, setName] = useState('');
  const [isTouched, setTouched] = useState(false);
  const [encryption, setEncryption] = useState<DefaultEncryption>({ type: 'SSE-S3' });
  const [blockPublicAccess, setBlockPublicAccess] = useState(true);
  const [hasRule, setHasRule] = useState(false);
  const [rule, setRule] = useState(emptyRuleDraft);
  const [error, setError] = useState<string>();
  const [isBusy, setBusy] = useState(false);
  const problem = bucketNameProblem(name);
  const nameError = error ?? (isTouched && problem ? `Bucket name ${problem}.` : undefined);

  const handleSubmit = async () => {
    setTouched(true);
    if (problem) return;
    setBusy(true);
    try {
      await createBucket(call, {
        name,
        encryption,
        blockPublicAccess,
        ...(hasRule ? { firstRule: toLifecycleRule(rule) } : {}),
      });
      notify({ type: 'success', header: `Successfully created bucket "${name}"` });
      navigate('/s3');
    } catch (e) {
      if (!isAwsError(e)) throw e;
      setError(`${e.name}: ${e.message}`);
      setBusy(false);
    }
  };

  return (
    <Form
      header={
        <Header variant="h1" description="Buckets are containers for data stored in S3.">
          Create bucket
        </Header>
      }
      actions={
        <SpaceBetween direction="horizontal" size="xs">
          <Button variant="link" href={href('/s3')}>
            Cancel
          </Button>
          <ShowCliButton service="s3" operation="CreateBucket" input={createBucketInput(name)} />
          <Button variant="primary" loading={isBusy} onClick={() => void handleSubmit()}>
            Create bucket
          </Button>
        </SpaceBetween>
      }
    >
      <SpaceBetween size="l">
        <Container header={<Header variant="h2">General configuration</Header>}>
          <FormField
            label="Bucket name"
            description="Bucket names must be unique across all of AWS (here: across the lab) and must not contain spaces or uppercase letters."
            constraintText="3 to 63 characters: lower-case letters, digits, dots and hyphens; begin and end with a letter or digit."
            errorText={nameError}
          >
            <Input
              value={name}
              placeholder="my-data-lake-raw"
              onKeyDown={({ detail }) => {
                if (detail.key === 'Enter') void handleSubmit();
              }}
              onChange={({ detail }) => {
                setName(detail.value);
                setTouched(true);
                setError(undefined);
              }}
            />
          </FormField>
        </Container>
        <Container
          header={
            <Header
              variant="h2"
              description="Settings for the whole bucket; you can change them later."
            >
              Block Public Access settings for this bucket
            </Header>
          }
        >
          <Checkbox
            checked={blockPublicAccess}
            onChange={({ detail }) => setBlockPublicAccess(detail.checked)}
          >
            Block all public access
          </Checkbox>
        </Container>
        <Container
          header={
            <Header variant="h2" description="Applied to new objects stored in this bucket.">
              Default encryption
            </Header>
          }
        >
          <EncryptionFields value={encryption} onChange={setEncryption} />
        </Container>
        <Container
          header={
            <Header
              variant="h2"
              description="Move objects to cheaper storage classes or delete them as they age."
            >
              Lifecycle rule
            </Header>
          }
        >
          <SpaceBetween size="m">
            <Checkbox checked={hasRule} onChange={({ detail }) => setHasRule(detail.checked)}>
              Add a first lifecycle rule
            </Checkbox>
            {hasRule && <LifecycleRuleFields draft={rule} onChange={setRule} />}
          </SpaceBetween>
        </Container>
      </SpaceBetween>
    </Form>
  );
}
