import { useState } from 'react';
import Alert from '@cloudscape-design/components/alert';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useLake } from '../../store';
import { dmsSetupPlan, dmsTaskStep, type DmsForm } from './plans';
import { createAtomically } from './rollback';
import { CreatePipelineFooter } from './PlanCalls';
import { TargetFields, useTarget } from './TargetFields';
import type { DraftPanelProps } from './draftProps';

const TYPES: { value: DmsForm['migrationType']; label: string }[] = [
  { value: 'full-load', label: 'Migrate existing data (full load)' },
  { value: 'full-load-and-cdc', label: 'Migrate existing data and replicate ongoing changes' },
  { value: 'cdc', label: 'Replicate data changes only (CDC)' },
];

/** Relational database → AWS DMS → S3: instance, endpoints, then the task once the instance is available. */
export function DmsDraft(props: DraftPanelProps) {
  const { draft, onPending } = props;
  const call = useLake((s) => s.call);
  const world = useLake((s) => s.engine.world);
  const existing = Object.values(world.dms?.instances ?? {})[0];
  // After a rollback the form comes back as the user filled it.
  const filled = draft.failedDms?.form;
  const [taskIdentifier, setTaskIdentifier] = useState(filled?.taskIdentifier ?? 'shop-to-lake');
  const [migrationType, setMigrationType] = useState<DmsForm['migrationType']>(
    filled?.migrationType ?? 'full-load',
  );
  const target = useTarget(
    props,
    filled?.target.prefix ?? '',
    filled?.role ?? { create: true, roleName: 'DmsS3TargetRole-shop' },
  );
  const { bucket, prefix, role } = target;
  if (draft.pending)
    return (
      <Alert type="info" header="Waiting for the replication instance">
        The endpoints exist. DMS creates the task {draft.pending.form.taskIdentifier} once the
        replication instance {draft.pending.form.instanceIdentifier} is available (a few simulated
        minutes): press Play or Step to next event.
      </Alert>
    );
  const form: DmsForm = {
    instanceIdentifier: existing?.ReplicationInstanceIdentifier ?? 'lakelab-instance',
    ...(existing ? { reuseInstanceArn: existing.ReplicationInstanceArn } : {}),
    taskIdentifier,
    migrationType,
    role,
    target: { bucket: bucket ?? '<bucket>', prefix },
  };
  const steps = [...dmsSetupPlan(world, form), dmsTaskStep(form)];
  const create = async () => {
    const outcome = await createAtomically(call, dmsSetupPlan(world, form));
    if (!outcome.ok) return outcome.failure;
    onPending?.({ form, refs: outcome.refs, undo: outcome.undo });
    return undefined;
  };
  const selectedType = TYPES.find((t) => t.value === migrationType)!;
  return (
    <SpaceBetween size="s">
      <FormField
        label="Source"
        description="The shop's MySQL database (shop-db.internal:3306), schema shop, every table."
      >
        <Input value="shop-db.internal" readOnly ariaLabel="Source server name" />
      </FormField>
      <FormField label="Replication task identifier">
        <Input
          value={taskIdentifier}
          onChange={({ detail }) => setTaskIdentifier(detail.value)}
          ariaLabel="Replication task identifier"
        />
      </FormField>
      <FormField label="Migration type">
        <Select
          ariaLabel="Migration type"
          selectedOption={selectedType}
          onChange={({ detail }) =>
            setMigrationType(detail.selectedOption.value as DmsForm['migrationType'])
          }
          options={TYPES}
        />
      </FormField>
      <FormField label="Replication instance">
        <Input
          value={
            existing
              ? `${existing.ReplicationInstanceIdentifier} (existing)`
              : 'lakelab-instance (new, dms.t3.medium)'
          }
          readOnly
          ariaLabel="Replication instance"
        />
      </FormField>
      <TargetFields
        {...target.fields}
        prefixHelp="The target endpoint's BucketFolder: files go under <prefix>shop/<table>/."
        service="DMS"
      />
      <CreatePipelineFooter
        steps={steps}
        disabled={!bucket}
        onCreate={create}
        failure={draft.failedDms?.failure}
      />
    </SpaceBetween>
  );
}
