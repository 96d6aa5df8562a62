import { useState } from 'react';
import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useLake, useShallow } from '../../store';
import { createGlueRole } from './glueCalls';
import type { StepProps } from './stepProps';

/** Step 3: the IAM role the crawler acts as; or one made for it. */
export function SecurityStep({ draft, change, fieldError }: StepProps) {
  const call = useLake((s) => s.call);
  const roles = useLake(
    useShallow((s) =>
      Object.values(s.engine.world.iam.accounts).flatMap((a) => Object.keys(a.roles)),
    ),
  );
  const [creating, setCreating] = useState(false);
  const [error, setError] = useState<string>();
  const createRole = async () => {
    setCreating(true);
    setError(undefined);
    try {
      const paths = draft.sources.map((s) => s.path.trim()).filter(Boolean);
      change({ role: await createGlueRole(call, draft.name.trim() || 'crawler', paths) });
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setCreating(false);
    }
  };
  return (
    <Container>
      <SpaceBetween size="l">
        <FormField
          label="IAM role"
          description="The crawler acts as this role: its trust policy must let glue.amazonaws.com assume it, and it must be allowed to list and read your S3 paths and write to the Data Catalog."
          errorText={fieldError('role') ?? error}
        >
          <Select
            selectedOption={draft.role ? { label: draft.role, value: draft.role } : null}
            options={roles.map((r) => ({ label: r, value: r }))}
            placeholder="Choose an IAM role"
            empty="No roles yet: create one below."
            onChange={({ detail }) => change({ role: detail.selectedOption.value ?? '' })}
          />
        </FormField>
        <Button loading={creating} onClick={() => void createRole()}>
          Create a role for me
        </Button>
        <Alert type="info">
          "Create a role for me" makes AWSGlueServiceRole-{draft.name.trim() || 'crawler'}: it
          trusts glue.amazonaws.com, has the AWSGlueServiceRole managed policy, and an inline policy
          allowing s3:GetObject and s3:ListBucket on the data source paths.
        </Alert>
      </SpaceBetween>
    </Container>
  );
}
