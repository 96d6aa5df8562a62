import { useState } from 'react';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useLake } from '../../store';
import type { DraftPanelProps } from './draftProps';
import { useSourceControls } from './labSources';
import { CreatePipelineFooter } from './PlanCalls';
import { transferPlan } from './plans';
import { createAtomically } from './rollback';
import { TargetFields, useTarget } from './TargetFields';

/** SFTP partner → Transfer Family → S3: server, user role, user; then the partner starts uploading. */
export function TransferDraft(props: DraftPanelProps) {
  const { onDone } = props;
  const call = useLake((s) => s.call);
  const world = useLake((s) => s.engine.world);
  const sources = useSourceControls();
  const [userName, setUserName] = useState('acme');
  const target = useTarget(props, 'partners/acme/', {
    create: true,
    roleName: 'TransferUserRole-acme',
  });
  const { bucket, prefix, role } = target;
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
        {...target.fields}
        prefixHelp="The user's home directory: uploads land under it."
        service="Transfer Family"
      />
      <CreatePipelineFooter steps={steps} disabled={!bucket} onCreate={create} />
    </SpaceBetween>
  );
}
