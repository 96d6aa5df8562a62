import { useState } from 'react';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Textarea from '@cloudscape-design/components/textarea';
import { isAwsError } from '../../engine';
import { useLake } from '../../store';
import { href, navigate } from '../../store/router';
import { ShowCliButton } from '../../ui/ShowCliButton';
import { createDatabaseInput } from './actions';

/** Add database: name, description, location URI; Glue's own error shown on the name. */
export function CreateDatabaseForm() {
  const call = useLake((s) => s.call);
  const notify = useLake((s) => s.notify);
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [locationUri, setLocationUri] = useState('');
  const [error, setError] = useState<string>();
  const [isBusy, setBusy] = useState(false);
  const input = createDatabaseInput({ name, description, locationUri });

  const handleSubmit = async () => {
    setBusy(true);
    try {
      await call('glue', 'CreateDatabase', input, { quiet: true });
      notify({ type: 'success', header: `Created database "${name.toLowerCase()}"` });
      navigate('/glue/databases');
    } catch (e) {
      if (!isAwsError(e)) throw e;
      setError(`${e.name}: ${e.message}`);
      setBusy(false);
    }
  };

  return (
    <Form
      header={
        <Header
          variant="h1"
          description="A database is a container for the tables that describe your data."
        >
          Add database
        </Header>
      }
      actions={
        <SpaceBetween direction="horizontal" size="xs">
          <Button variant="link" href={href('/glue/databases')}>
            Cancel
          </Button>
          <ShowCliButton service="glue" operation="CreateDatabase" input={input} />
          <Button variant="primary" loading={isBusy} onClick={() => void handleSubmit()}>
            Create database
          </Button>
        </SpaceBetween>
      }
    >
      <Container header={<Header variant="h2">Database details</Header>}>
        <SpaceBetween size="l">
          <FormField
            label="Name"
            constraintText="1 to 255 characters on one line. Glue stores names in lower case."
            errorText={error}
          >
            <Input
              value={name}
              placeholder="sales_raw"
              onChange={({ detail }) => {
                setName(detail.value);
                setError(undefined);
              }}
              onKeyDown={({ detail }) => {
                if (detail.key === 'Enter') void handleSubmit();
              }}
            />
          </FormField>
          <FormField label="Location - optional" description="An S3 URI, e.g. s3://my-lake/sales/.">
            <Input
              value={locationUri}
              placeholder="s3://bucket/prefix/"
              onChange={({ detail }) => setLocationUri(detail.value)}
            />
          </FormField>
          <FormField label="Description - optional" constraintText="Up to 2048 characters.">
            <Textarea value={description} onChange={({ detail }) => setDescription(detail.value)} />
          </FormField>
        </SpaceBetween>
      </Container>
    </Form>
  );
}
