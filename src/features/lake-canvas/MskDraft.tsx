import { useEffect, useRef, useState } from 'react';
import Alert from '@cloudscape-design/components/alert';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import RadioGroup from '@cloudscape-design/components/radio-group';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { isAwsError } from '../../engine/core/errors';
import { useLake } from '../../store';
import type { DraftPanelProps } from './draftProps';
import { useSourceControls } from './labSources';
import { clusterNamed, mskClusterStep, mskPipelinePlan, type MskForm } from './mskPlan';
import { CreatePipelineFooter } from './PlanCalls';
import { createAtomically, type PlanFailure, type UndoCall } from './rollback';
import { undoCallOf } from './undoCalls';
import { TargetFields, useTarget } from './TargetFields';

const CLUSTER_TYPES = [
  {
    value: 'SERVERLESS',
    label: 'Serverless',
    description: 'Capacity scales by itself; IAM access control; ready in about 5 minutes.',
  },
  {
    value: 'PROVISIONED',
    label: 'Provisioned (2 × kafka.t3.small)',
    description: 'You choose brokers and storage; ready in about 25 minutes.',
  },
];

function TextField(props: {
  label: string;
  value: string;
  onChange(v: string): void;
  description?: string;
  type?: 'number';
}) {
  return (
    <FormField label={props.label} description={props.description}>
      <Input
        type={props.type}
        value={props.value}
        onChange={({ detail }) => props.onChange(detail.value)}
        ariaLabel={props.label}
      />
    </FormField>
  );
}

function clusterDescription(state: string | undefined): string {
  if (!state) return 'A new cluster is created.';
  // A rolled-back cluster is DELETING for a few simulated minutes: it cannot be reused.
  if (state === 'DELETING')
    return 'This cluster is being deleted: press Play until it is gone, or choose another name.';
  return `Uses the existing cluster (${state}).`;
}

/** The cluster's state as the draft sees it: absent, CREATING, ACTIVE… */
function useClusterState(name: string) {
  return useLake((s) => clusterNamed(s.engine.world, name)?.State);
}

/** Clickstream app → Amazon MSK topic → Firehose (MSK source) → S3: cluster first, the rest once it is ACTIVE. */
export function MskDraft(props: DraftPanelProps) {
  const { onDone } = props;
  const call = useLake((s) => s.call);
  const world = useLake((s) => s.engine.world);
  const sources = useSourceControls();
  const [clusterName, setClusterName] = useState('clickstream-msk');
  const [clusterType, setClusterType] = useState<MskForm['clusterType']>('SERVERLESS');
  const [topicName, setTopicName] = useState('clicks');
  const [deliveryName, setDeliveryName] = useState('clicks-msk-to-s3');
  const [interval, setBufferInterval] = useState('60');
  const [eventsPerSecond, setEventsPerSecond] = useState('20');
  const [isWaiting, setWaiting] = useState(false);
  const [failure, setFailure] = useState<PlanFailure>();
  const finishing = useRef(false);
  // The DeleteCluster that undoes the cluster this draft created; none for a cluster it reuses.
  const createdCluster = useRef<UndoCall>(undefined);
  const clusterState = useClusterState(clusterName);
  const target = useTarget(props, '', {
    create: true,
    roleName: 'FirehoseMskRole-clicks',
  });
  const { bucket, prefix, role } = target;
  const form: MskForm = {
    clusterName,
    clusterType,
    topicName,
    deliveryStreamName: deliveryName,
    bufferSeconds: Number(interval),
    bufferMiB: 5,
    role,
    target: { bucket: bucket ?? '<bucket>', prefix },
  };
  const clusterArn = clusterNamed(world, clusterName)?.ClusterArn;
  const pipeline = mskPipelinePlan(world, form, clusterArn ?? '<cluster ARN>');
  const steps = clusterState ? pipeline : [mskClusterStep(form), ...pipeline];

  const finish = async (): Promise<PlanFailure | undefined> => {
    const arn = clusterNamed(world, clusterName)!.ClusterArn;
    const created = createdCluster.current;
    const outcome = await createAtomically(call, mskPipelinePlan(world, form, arn), {
      undo: created ? [created] : [],
      finish: {
        service: 'sources',
        operation: 'ConfigureClickstream',
        run: () =>
          sources.configureClickstream({
            enabled: true,
            target: { kind: 'msk', clusterArn: arn, topicName },
            eventsPerSecond: Number(eventsPerSecond),
          }),
      },
    });
    if (!outcome.ok) {
      // Rolled back: a new Create starts from no cluster again.
      createdCluster.current = undefined;
      return outcome.failure;
    }
    onDone(
      `Created ${clusterName} (topic ${topicName}) → ${deliveryName} → s3://${bucket}/${prefix}`,
    );
    return undefined;
  };

  // The rest of the pipeline needs an ACTIVE cluster: it is created as soon as the clock gets there.
  useEffect(() => {
    if (!isWaiting || clusterState !== 'ACTIVE' || finishing.current) return;
    finishing.current = true;
    void finish().then((f) => {
      finishing.current = false;
      setWaiting(false);
      setFailure(f);
    });
  });

  const create = async () => {
    if (clusterState === 'ACTIVE') return finish();
    if (!clusterState)
      try {
        const input = mskClusterStep(form).input({});
        const output = await call('kafka', 'CreateClusterV2', input);
        const undo = undoCallOf('kafka', 'CreateClusterV2', input, output);
        if (undo && undo !== 'nothing') createdCluster.current = undo;
      } catch (error) {
        // Nothing was created, so there is nothing to roll back.
        if (!isAwsError(error)) throw error;
        const e = { code: error.name, message: error.message };
        return {
          service: 'kafka',
          operation: 'CreateClusterV2',
          error: e,
          rollback: [],
          leftovers: [],
          waiting: [],
        };
      }
    setWaiting(true);
    return undefined;
  };

  if (isWaiting)
    return (
      <Alert type="info" header="Waiting for the MSK cluster">
        Cluster {clusterName} is {clusterState ?? 'being created'}. The Firehose stream and the
        clickstream app start once it is ACTIVE (about {clusterType === 'SERVERLESS' ? 5 : 25}{' '}
        simulated minutes): press Play or Jump ahead.
      </Alert>
    );
  return (
    <SpaceBetween size="s">
      <TextField
        label="Events per second"
        type="number"
        value={eventsPerSecond}
        onChange={setEventsPerSecond}
        description="How fast the clickstream app sends click events to the topic."
      />
      <TextField
        label="MSK cluster name"
        value={clusterName}
        onChange={setClusterName}
        description={clusterDescription(clusterState)}
      />
      {!clusterState && (
        <FormField label="Cluster type">
          <RadioGroup
            ariaLabel="Cluster type"
            value={clusterType}
            onChange={({ detail }) => setClusterType(detail.value as MskForm['clusterType'])}
            items={CLUSTER_TYPES}
          />
        </FormField>
      )}
      <TextField
        label="Topic name"
        value={topicName}
        onChange={setTopicName}
        description="The app creates the topic on its first write (Kafka's own API, not MSK's)."
      />
      <TextField label="Firehose stream name" value={deliveryName} onChange={setDeliveryName} />
      <TextField
        label="Buffer interval (seconds)"
        type="number"
        value={interval}
        onChange={setBufferInterval}
        description="0–900 s; Firehose writes an object when the interval or 5 MiB is reached."
      />
      <TargetFields
        {...target.fields}
        prefixHelp="Objects go under <prefix>YYYY/MM/dd/HH/ (UTC) by default."
        service="Firehose"
      />
      <CreatePipelineFooter
        steps={steps}
        disabled={!bucket || clusterState === 'DELETING'}
        onCreate={create}
        failure={failure}
      />
    </SpaceBetween>
  );
}
