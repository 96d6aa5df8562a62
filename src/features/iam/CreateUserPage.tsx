import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { isAwsError } from '../../engine';
import { useLakeStore } from '../../store';
import { useRethrowToBoundary } from './useRethrowToBoundary';
import { href, navigate } from '../../store/router';
import { ManagedPolicyPicker } from './ManagedPolicyPicker';
import { PolicyDocumentField } from './PolicyDocumentField';
import { identityPolicyError } from './policyDocument';

/** Create user: a name, AWS managed policies, and an optional inline policy. */
export function CreateUserPage() {
  const store = useLakeStore();
  const rethrow = useRethrowToBoundary();
  const [userName, setUserName] = useState('');
  const [policyArns, setPolicyArns] = useState<string[]>([]);
  const [inlineName, setInlineName] = useState('');
  const [inlineDocument, setInlineDocument] = useState('');
  const [errors, setErrors] = useState<{
    name?: string;
    inlineName?: string;
    document?: string;
    form?: string;
  }>({});
  const [isSaving, setSaving] = useState(false);

  const validate = () => {
    const next: typeof errors = {};
    if (!userName.trim()) next.name = 'Enter a user name.';
    if (inlineDocument.trim()) {
      next.document = identityPolicyError(inlineDocument);
      if (!inlineName.trim()) next.inlineName = 'Name the inline policy.';
    }
    return next;
  };

  const handleSubmit = async () => {
    const found = validate();
    setErrors(found);
    if (Object.values(found).some(Boolean)) return;
    setSaving(true);
    const call = store.getState().call;
    try {
      await call('iam', 'CreateUser', { UserName: userName.trim() }, { quiet: true });
    } catch (error) {
      setSaving(false);
      if (isAwsError(error)) return setErrors({ name: `${error.name}: ${error.message}` });
      return rethrow(error);
    }
    try {
      for (const PolicyArn of policyArns)
        await call('iam', 'AttachUserPolicy', { UserName: userName.trim(), PolicyArn });
      if (inlineDocument.trim())
        await call('iam', 'PutUserPolicy', {
          UserName: userName.trim(),
          PolicyName: inlineName.trim(),
          PolicyDocument: inlineDocument,
        });
    } catch (error) {
      // The user exists; the failed step is already a notification. Show the user so it can be fixed there.
      if (!isAwsError(error)) return rethrow(error);
    }
    store.getState().notify({ type: 'success', header: `User ${userName.trim()} created` });
    navigate(`/iam/users/${encodeURIComponent(userName.trim())}`);
  };

  return (
    <form onSubmit={(e) => e.preventDefault()}>
      <Form
        header={
          <Header
            variant="h1"
            description="A user signs in or calls AWS with access keys, and may do what its policies allow."
          >
            Create user
          </Header>
        }
        errorText={errors.form}
        actions={
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" href={href('/iam')}>
              Cancel
            </Button>
            <Button variant="primary" loading={isSaving} onClick={() => void handleSubmit()}>
              Create user
            </Button>
          </SpaceBetween>
        }
      >
        <SpaceBetween size="l">
          <Container header={<Header variant="h2">User details</Header>}>
            <FormField
              label="User name"
              constraintText="Up to 64 letters, digits and + = , . @ _ -"
              errorText={errors.name}
            >
              <Input
                value={userName}
                onChange={({ detail }) => setUserName(detail.value)}
                placeholder="analyst"
              />
            </FormField>
          </Container>
          <Container header={<Header variant="h2">Permissions</Header>}>
            <SpaceBetween size="l">
              <ManagedPolicyPicker selected={policyArns} onChange={setPolicyArns} />
              <FormField
                label="Inline policy name"
                description="Optional: a policy written for this user only."
                errorText={errors.inlineName}
              >
                <Input
                  value={inlineName}
                  onChange={({ detail }) => setInlineName(detail.value)}
                  placeholder="read-raw-zone"
                />
              </FormField>
              <PolicyDocumentField
                label="Inline policy document"
                description="JSON, as in IAM. Leave empty for none."
                value={inlineDocument}
                errorText={errors.document}
                onChange={setInlineDocument}
              />
            </SpaceBetween>
          </Container>
        </SpaceBetween>
      </Form>
    </form>
  );
}
