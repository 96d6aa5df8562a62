import { useState } from 'react';
import Checkbox from '@cloudscape-design/components/checkbox';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { DEFAULT_FILE_SHARE } from '../../engine/sources/fileshare';
import { useLake } from '../../store';
import type { DraftPanelProps } from './draftProps';
import { CreatePipelineFooter } from './PlanCalls';
import { existingGatewayArn, storageGatewayPlan } from './plansGateway';
import { createAtomically } from './rollback';
import { TargetFields, useTarget } from './TargetFields';

function TextField(props: {
  label: string;
  description: string;
  value: string;
  onChange(v: string): void;
}) {
  return (
    <FormField label={props.label} description={props.description}>
      <Input
        value={props.value}
        onChange={({ detail }) => props.onChange(detail.value)}
        ariaLabel={props.label}
      />
    </FormField>
  );
}

/** On-premises file share → S3 File Gateway → S3: activate, create the NFS file share, mount it. */
export function StorageGatewayDraft(props: DraftPanelProps) {
  const { onDone } = props;
  const call = useLake((s) => s.call);
  const world = useLake((s) => s.engine.world);
  const [hostname, setHostname] = useState(DEFAULT_FILE_SHARE.ServerHostname);
  const [path, setPath] = useState(DEFAULT_FILE_SHARE.exportPath);
  const [gatewayName, setGatewayName] = useState('onprem-file-gateway');
  const [fileShareName, setFileShareName] = useState('sales');
  const [copyExisting, setCopyExisting] = useState(true);
  const target = useTarget(props, 'sales/', {
    create: true,
    roleName: 'FileGatewayS3Role-sales',
  });
  const { bucket, prefix, role } = target;
  const hasGateway = existingGatewayArn(world) !== undefined;
  const steps = storageGatewayPlan(world, {
    hostname,
    path,
    gatewayName,
    fileShareName,
    copyExisting,
    role,
    target: { bucket: bucket ?? '<bucket>', prefix },
  });
  const create = async () => {
    const outcome = await createAtomically(call, steps);
    if (!outcome.ok) return outcome.failure;
    onDone(`Created file share ${fileShareName}: ${hostname}:${path} → s3://${bucket}/${prefix}`);
    return undefined;
  };
  return (
    <SpaceBetween size="s">
      <TextField
        label="File share host"
        description="The NAS whose nightly export writes onto the gateway's NFS share."
        value={hostname}
        onChange={setHostname}
      />
      <TextField
        label="Export path"
        description="The NAS export mounted on the gateway share."
        value={path}
        onChange={setPath}
      />
      {!hasGateway && (
        <TextField
          label="Gateway name"
          description="The gateway appliance (10.0.1.30) hands out an activation key; ActivateGateway uses it."
          value={gatewayName}
          onChange={setGatewayName}
        />
      )}
      <TextField
        label="File share name"
        description="Clients mount /<name>; needed when the location has a prefix."
        value={fileShareName}
        onChange={setFileShareName}
      />
      <TargetFields
        {...target.fields}
        prefixHelp="Each file lands as the object <prefix><file path>, a couple of minutes after it is written."
        service="Storage Gateway"
      />
      <Checkbox
        checked={copyExisting}
        onChange={({ detail }) => setCopyExisting(detail.checked)}
        description="Copy the export's current files onto the share after mounting; otherwise only new writes go to S3."
      >
        Copy existing files
      </Checkbox>
      <CreatePipelineFooter steps={steps} disabled={!bucket} onCreate={create} />
    </SpaceBetween>
  );
}
