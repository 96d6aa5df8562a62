import { useState } from 'react';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useLake } from '../../store';
import type { DraftPanelProps } from './draftProps';
import { useSourceControls } from './labSources';
import { CreatePipelineFooter } from './PlanCalls';
import { transferPlan, type RoleChoice } from './plans';
import { createAtomically } from './rollback';
import { TargetFields } from './TargetFields';

/** SFTP partner → Transfer Family → S3: server, user role, user; then the partner starts uploading. */
export function TransferDraft({ draft, buckets, onTarget, onDone }: DraftPanelProps) {
  const call = useLake((s) => s.call);
  const world = useLake((s) => s.engine.world);
  const sources = useSourceControls();
  const [userName, setUserName] = useState('acme');
  const [prefix, setPrefix] = useState('partners/acme/');
  const [role, setRole] = useState<RoleChoice>({ create: true, roleName: 'TransferUserRole-acme' });
  const bucket = draft.target?.replace(/^bucket:/, '');
  const form = { userName, role, target: { bucket: bucket ?? '<bucket>', prefix } };
  const steps = transferPlan(world, form);
  const create = async () => {
    const outcome = await createAtomically(call, steps, {
      finish: {
        service: 'sources',
        operation: 'ConfigureSftpPartner',
        run: (refs) => sources.startSftpPartner(refs.serverId ?? '', userName),
      },
    });
    if (!outcome.ok) return outcome.failure;
    const server = outcome.refs.serverId ?? '';
    onDone(`Created SFTP server ${server} with user ${userName} → s3://${bucket}/${prefix}`);
    return undefined;
  };
  return (
    <SpaceBetween size="s">
      <FormField
        label="SFTP user name"
        description="The partner signs in as this user; it uploads an inventory file every hour."
      >
        <Input
          value={userName}
          onChange={({ detail }) => setUserName(detail.value)}
          ariaLabel="SFTP user name"
        />
      </FormField>
      <TargetFields
        buckets={buckets}
        bucket={bucket}
        onBucket={(b) => onTarget(`bucket:${b}`)}
        prefix={prefix}
        onPrefix={setPrefix}
        prefixHelp="The user's home directory: uploads land under it."
        role={role}
        onRole={setRole}
        service="Transfer Family"
      />
      <CreatePipelineFooter steps={steps} disabled={!bucket} onCreate={create} />
    </SpaceBetween>
  );
}
