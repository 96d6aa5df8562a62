import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import ExpandableSection from '@cloudscape-design/components/expandable-section';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { isAwsError } from '../../engine';
import { useLakeStore } from '../../store';
import { useRethrowToBoundary } from './useRethrowToBoundary';
import type { PrincipalKind } from './AttachedPolicies';
import { PolicyDocumentField } from './PolicyDocumentField';
import { identityPolicyError } from './policyDocument';
import { PolicyJson } from './PolicyJson';
import { useIamCall } from './useIamCall';

interface Props {
  kind: PrincipalKind;
  name: string;
  policies: Record<string, string>;
}

/** Inline policies of a user or role: read, delete, and add one with IAM's validation. */
export function InlinePolicies({ kind, name, policies }: Props) {
  const store = useLakeStore();
  const rethrow = useRethrowToBoundary();
  const iamCall = useIamCall();
  const [policyName, setPolicyName] = useState('');
  const [document, setDocument] = useState('');
  const [errors, setErrors] = useState<{ name?: string; document?: string }>({});
  const target = { [`${kind}Name`]: name };
  const handleDelete = (PolicyName: string) =>
    iamCall(`Delete${kind}Policy`, { ...target, PolicyName });
  const handleSave = async () => {
    const found = {
      name: policyName.trim() ? undefined : 'Name the policy.',
      document: identityPolicyError(document),
    };
    setErrors(found);
    if (found.name || found.document) return;
    try {
      await store
        .getState()
        .call(
          'iam',
          `Put${kind}Policy`,
          { ...target, PolicyName: policyName.trim(), PolicyDocument: document },
          { quiet: true },
        );
      setPolicyName('');
      setDocument('');
    } catch (error) {
      if (!isAwsError(error)) return rethrow(error);
      setErrors({ document: `${error.name}: ${error.message}` });
    }
  };
  const names = Object.keys(policies).sort();
  return (
    <SpaceBetween size="s">
      <Header variant="h3" counter={`(${names.length})`}>
        Inline policies
      </Header>
      {names.length === 0 && <Box color="text-body-secondary">No inline policies.</Box>}
      {names.map((n) => (
        <ExpandableSection
          key={n}
          variant="container"
          headerText={n}
          headerActions={
            <Button onClick={() => void handleDelete(n)} ariaLabel={`Delete inline policy ${n}`}>
              Delete
            </Button>
          }
        >
          <PolicyJson document={policies[n]!} />
        </ExpandableSection>
      ))}
      <ExpandableSection headerText="Add an inline policy">
        <SpaceBetween size="s">
          <FormField label="Policy name" errorText={errors.name}>
            <Input value={policyName} onChange={({ detail }) => setPolicyName(detail.value)} />
          </FormField>
          <PolicyDocumentField
            label="Policy document"
            value={document}
            errorText={errors.document}
            onChange={setDocument}
          />
          <Button onClick={() => void handleSave()}>Save inline policy</Button>
        </SpaceBetween>
      </ExpandableSection>
    </SpaceBetween>
  );
}
