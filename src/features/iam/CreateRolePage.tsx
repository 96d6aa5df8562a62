import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { isAwsError } from '../../engine';
import { useLakeStore } from '../../store';
import { useRethrowToBoundary } from './useRethrowToBoundary';
import { href, navigate } from '../../store/router';
import { ManagedPolicyPicker } from './ManagedPolicyPicker';
import { serviceTrustPolicy, TRUSTED_SERVICES } from './policyDocument';

const SERVICE_OPTIONS = TRUSTED_SERVICES.map((s) => ({
  value: s.value,
  label: s.label,
  description: s.value,
}));

/** Create role: a name, the AWS service that may assume it, and its permissions. */
export function CreateRolePage() {
  const store = useLakeStore();
  const rethrow = useRethrowToBoundary();
  const [roleName, setRoleName] = useState('');
  const [service, setService] = useState(SERVICE_OPTIONS[0]!);
  const [description, setDescription] = useState('');
  const [policyArns, setPolicyArns] = useState<string[]>([]);
  const [nameError, setNameError] = useState<string>();
  const [isSaving, setSaving] = useState(false);

  const handleSubmit = async () => {
    const name = roleName.trim();
    if (!name) return setNameError('Enter a role name.');
    setSaving(true);
    const call = store.getState().call;
    try {
      const input = {
        RoleName: name,
        AssumeRolePolicyDocument: serviceTrustPolicy(service.value),
        ...(description.trim() ? { Description: description.trim() } : {}),
      };
      await call('iam', 'CreateRole', input, { quiet: true });
    } catch (error) {
      setSaving(false);
      if (isAwsError(error)) return setNameError(`${error.name}: ${error.message}`);
      return rethrow(error);
    }
    try {
      for (const PolicyArn of policyArns)
        await call('iam', 'AttachRolePolicy', { RoleName: name, PolicyArn });
    } catch (error) {
      if (!isAwsError(error)) return rethrow(error);
    }
    store.getState().notify({ type: 'success', header: `Role ${name} created` });
    navigate(`/iam/roles/${encodeURIComponent(name)}`);
  };

  return (
    <form onSubmit={(e) => e.preventDefault()}>
      <Form
        header={
          <Header
            variant="h1"
            description="A role gives a service, such as a Glue crawler, temporary credentials with the role's permissions."
          >
            Create role
          </Header>
        }
        actions={
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" href={href('/iam')}>
              Cancel
            </Button>
            <Button variant="primary" loading={isSaving} onClick={() => void handleSubmit()}>
              Create role
            </Button>
          </SpaceBetween>
        }
      >
        <SpaceBetween size="l">
          <Container header={<Header variant="h2">Trusted entity</Header>}>
            <FormField
              label="Trusted service"
              description="The AWS service allowed to assume this role (its trust policy)."
            >
              <Select
                selectedOption={service}
                options={SERVICE_OPTIONS}
                onChange={({ detail }) =>
                  setService(SERVICE_OPTIONS.find((o) => o.value === detail.selectedOption.value)!)
                }
                ariaLabel="Trusted service"
              />
            </FormField>
          </Container>
          <Container header={<Header variant="h2">Role details</Header>}>
            <SpaceBetween size="l">
              <FormField
                label="Role name"
                constraintText="Up to 64 letters, digits and + = , . @ _ -"
                errorText={nameError}
              >
                <Input
                  value={roleName}
                  onChange={({ detail }) => setRoleName(detail.value)}
                  placeholder="AWSGlueServiceRole-lab"
                />
              </FormField>
              <FormField label="Description" description="Optional.">
                <Input
                  value={description}
                  onChange={({ detail }) => setDescription(detail.value)}
                />
              </FormField>
              <ManagedPolicyPicker selected={policyArns} onChange={setPolicyArns} />
            </SpaceBetween>
          </Container>
        </SpaceBetween>
      </Form>
    </form>
  );
}
