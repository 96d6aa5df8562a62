import { useState } from 'react';
import Checkbox from '@cloudscape-design/components/checkbox';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { DEFAULT_FILE_SHARE } from '../../engine/sources/fileshare';
import { useLake } from '../../store';
import type { DraftPanelProps } from './draftProps';
import { CreatePipelineFooter } from './PlanCalls';
import { dataSyncPlan, dataSyncStartStep } from './plansFiles';
import { createAtomically } from './rollback';
import { TargetFields, useTarget } from './TargetFields';

/** On-premises file share → DataSync → S3: role, agent, NFS and S3 locations, task; then start it. */
export function DataSyncDraft(props: DraftPanelProps) {
  const { onDone } = props;
  const call = useLake((s) => s.call);
  const world = useLake((s) => s.engine.world);
  const [hostname, setHostname] = useState(DEFAULT_FILE_SHARE.ServerHostname);
  const [path, setPath] = useState(DEFAULT_FILE_SHARE.exportPath);
  const [taskName, setTaskName] = useState('sales-share');
  const [isStarting, setStarting] = useState(true);
  const target = useTarget(props, 'sales/', { create: true, roleName: 'DataSyncS3Role-sales' });
  const { bucket, prefix, role } = target;
  const form = {
    hostname,
    path,
    taskName,
    agentName: 'onprem-agent',
    role,
    target: { bucket: bucket ?? '<bucket>', prefix },
  };
  const steps = [...dataSyncPlan(world, form), ...(isStarting ? [dataSyncStartStep] : [])];
  const create = async () => {
    const outcome = await createAtomically(call, steps);
    if (!outcome.ok) return outcome.failure;
    onDone(
      `Created DataSync task ${taskName}: ${hostname}:${path} → s3://${bucket}/${prefix}` +
        (isStarting ? ' (started)' : ''),
    );
    return undefined;
  };
  return (
    <SpaceBetween size="s">
      <FormField label="File share host" description="The NFS server the DataSync agent reads.">
        <Input
          value={hostname}
          onChange={({ detail }) => setHostname(detail.value)}
          ariaLabel="File share host"
        />
      </FormField>
      <FormField label="Export path" description="The exported directory on the file share.">
        <Input
          value={path}
          onChange={({ detail }) => setPath(detail.value)}
          ariaLabel="Export path"
        />
      </FormField>
      <FormField label="Task name">
        <Input
          value={taskName}
          onChange={({ detail }) => setTaskName(detail.value)}
          ariaLabel="Task name"
        />
      </FormField>
      <TargetFields
        {...target.fields}
        prefixHelp="The S3 location's subdirectory: files land under it."
        service="DataSync"
      />
      <Checkbox
        checked={isStarting}
        onChange={({ detail }) => setStarting(detail.checked)}
        description="StartTaskExecution right after the task is created; later runs copy only changed files."
      >
        Start task
      </Checkbox>
      <CreatePipelineFooter steps={steps} disabled={!bucket} onCreate={create} />
    </SpaceBetween>
  );
}
