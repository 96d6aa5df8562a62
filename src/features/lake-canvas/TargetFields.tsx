import Checkbox from '@cloudscape-design/components/checkbox';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Select from '@cloudscape-design/components/select';
import { useState } from 'react';
import type { DraftPanelProps } from './draftProps';
import type { RoleChoice } from './plans';

interface Props {
  buckets: string[];
  bucket: string | undefined;
  onBucket(bucket: string): void;
  prefix: string;
  onPrefix(prefix: string): void;
  prefixHelp: string;
  /** Left out when the service writes as the caller (AppFlow). */
  role?: RoleChoice;
  onRole?(role: RoleChoice): void;
  service: string;
}

/** "Connect to…" a bucket, the prefix, and the IAM role the service writes with. */
export function TargetFields(props: Props) {
  const { buckets, bucket, role, onRole } = props;
  return (
    <>
      <FormField
        label="Connect to…"
        description="The S3 bucket this pipeline writes to (you can also drag from the node's right handle to a bucket)."
      >
        <Select
          ariaLabel="Connect to…"
          selectedOption={bucket ? { value: bucket, label: bucket } : null}
          onChange={({ detail }) => props.onBucket(detail.selectedOption.value ?? '')}
          options={buckets.map((b) => ({ value: b, label: b }))}
          placeholder="Choose a bucket"
          empty="No buckets yet: use Add bucket"
        />
      </FormField>
      <FormField label="Prefix (optional)" description={props.prefixHelp}>
        <Input
          value={props.prefix}
          onChange={({ detail }) => props.onPrefix(detail.value)}
          ariaLabel="Prefix"
        />
      </FormField>
      {role && onRole && <RoleFields role={role} onRole={onRole} service={props.service} />}
    </>
  );
}

function RoleFields({
  role,
  onRole,
  service,
}: {
  role: RoleChoice;
  onRole(role: RoleChoice): void;
  service: string;
}) {
  return (
    <>
      <FormField
        label="IAM role"
        description={`The role ${service} assumes to write to the bucket.`}
      >
        <Input
          value={role.roleName}
          onChange={({ detail }) => onRole({ ...role, roleName: detail.value })}
          ariaLabel="IAM role name"
        />
      </FormField>
      <Checkbox
        checked={role.create}
        onChange={({ detail }) => onRole({ ...role, create: detail.checked })}
        description="Trust policy for the service and an inline policy that may write only under this prefix."
      >
        Create a role for me
      </Checkbox>
    </>
  );
}

/**
 * A draft's target: the bucket it is connected to (the draft's edge), the prefix and the role,
 * with the props for TargetFields that keep them.
 */
export function useTarget(
  { draft, buckets, onTarget }: Pick<DraftPanelProps, 'draft' | 'buckets' | 'onTarget'>,
  initialPrefix: string,
  initialRole: RoleChoice,
) {
  const [prefix, setPrefix] = useState(initialPrefix);
  const [role, setRole] = useState<RoleChoice>(initialRole);
  const bucket = draft.target?.replace(/^bucket:/, '');
  const fields = {
    buckets,
    bucket,
    onBucket: (b: string) => onTarget(`bucket:${b}`),
    prefix,
    onPrefix: setPrefix,
    role,
    onRole: setRole,
  };
  return { bucket, prefix, role, fields };
}
