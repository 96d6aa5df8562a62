import { useState } from 'react';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useLake } from '../../store';
import { useSourceControls } from './labSources';
import { streamingPlan } from './plans';
import { createAtomically } from './rollback';
import { CreatePipelineFooter } from './PlanCalls';
import { TargetFields, useTarget } from './TargetFields';
import type { DraftPanelProps } from './draftProps';

function NumberField(props: {
  label: string;
  value: string;
  onChange(v: string): void;
  description: string;
}) {
  return (
    <FormField label={props.label} description={props.description}>
      <Input
        type="number"
        value={props.value}
        onChange={({ detail }) => props.onChange(detail.value)}
        ariaLabel={props.label}
      />
    </FormField>
  );
}

/** Clickstream app → Kinesis Data Streams → Firehose → S3: the form and Create. */
export function StreamingDraft(props: DraftPanelProps) {
  const { onDone } = props;
  const call = useLake((s) => s.call);
  const world = useLake((s) => s.engine.world);
  const sources = useSourceControls();
  const [streamName, setStreamName] = useState('clickstream');
  const [shards, setShards] = useState('1');
  const [deliveryName, setDeliveryName] = useState('clickstream-to-s3');
  const [interval, setBufferInterval] = useState('60');
  const [size, setSize] = useState('5');
  const [eventsPerSecond, setEventsPerSecond] = useState('20');
  const target = useTarget(props, '', {
    create: true,
    roleName: 'FirehoseDeliveryRole-clickstream',
  });
  const { bucket, prefix, role } = target;
  const steps = streamingPlan(world, {
    streamName,
    shardCount: Number(shards),
    deliveryStreamName: deliveryName,
    bufferSeconds: Number(interval),
    bufferMiB: Number(size),
    role,
    target: { bucket: bucket ?? '<bucket>', prefix },
  });
  const create = async () => {
    const outcome = await createAtomically(call, steps, {
      finish: {
        service: 'sources',
        operation: 'ConfigureClickstream',
        run: () =>
          sources.configureClickstream({
            enabled: true,
            target: { kind: 'kinesis', streamName },
            eventsPerSecond: Number(eventsPerSecond),
          }),
      },
    });
    if (!outcome.ok) return outcome.failure;
    onDone(`Created ${streamName} → ${deliveryName} → s3://${bucket}/${prefix}`);
    return undefined;
  };
  return (
    <SpaceBetween size="s">
      <NumberField
        label="Events per second"
        value={eventsPerSecond}
        onChange={setEventsPerSecond}
        description="How fast the clickstream app sends click events."
      />
      <FormField label="Kinesis data stream name">
        <Input
          value={streamName}
          onChange={({ detail }) => setStreamName(detail.value)}
          ariaLabel="Kinesis data stream name"
        />
      </FormField>
      <NumberField
        label="Shards"
        value={shards}
        onChange={setShards}
        description="Each shard takes up to 1 MB/s or 1,000 records/s."
      />
      <FormField label="Firehose stream name">
        <Input
          value={deliveryName}
          onChange={({ detail }) => setDeliveryName(detail.value)}
          ariaLabel="Firehose stream name"
        />
      </FormField>
      <NumberField
        label="Buffer interval (seconds)"
        value={interval}
        onChange={setBufferInterval}
        description="0–900 s; Firehose writes an object when the interval or the size is reached."
      />
      <NumberField
        label="Buffer size (MiB)"
        value={size}
        onChange={setSize}
        description="1–128 MiB."
      />
      <TargetFields
        {...target.fields}
        prefixHelp="Objects go under <prefix>YYYY/MM/dd/HH/ (UTC) by default."
        service="Firehose"
      />
      <CreatePipelineFooter steps={steps} disabled={!bucket} onCreate={create} />
    </SpaceBetween>
  );
}
