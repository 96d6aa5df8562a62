import { useState } from 'react';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator, {
  type StatusIndicatorProps,
} from '@cloudscape-design/components/status-indicator';
import { clickstreamStatus } from '../../engine/sources/clickstream/producer';
import { shopDbActivity } from '../../engine/sources/shopdb';
import { useLake } from '../../store';
import { href } from '../../store/router';
import { DeleteResourceModal } from '../../ui/DeleteResourceModal';
import { ShowCliButton } from '../../ui/ShowCliButton';
import { formatBytes } from '../../ui/format';
import type { LakeEdge, LakeNode, NodeHealth } from './graph';
import { KIND_INFO } from './kinds';
import { useSourceControls } from './labSources';
import { deleteCallOf, runCallsOf } from './nodeActions';

const STATUS: Record<NodeHealth, StatusIndicatorProps.Type> = {
  active: 'success',
  working: 'in-progress',
  idle: 'stopped',
  failed: 'error',
};

function SourceControls({ node }: { node: LakeNode }) {
  const world = useLake((s) => s.engine.world);
  const controls = useSourceControls();
  const config = clickstreamStatus(world).config;
  const db = shopDbActivity(world);
  const [rate, setRate] = useState(
    String(node.kind === 'clickstream' ? (config?.eventsPerSecond ?? 20) : db.changesPerMinute),
  );
  const isClick = node.kind === 'clickstream';
  const apply = (enabled: boolean) => {
    // The store shows a refused configuration as a notification.
    const done =
      isClick && config
        ? controls.configureClickstream({ ...config, enabled, eventsPerSecond: Number(rate) })
        : controls.configureShopDb(Number(rate));
    done.catch(() => undefined);
  };
  return (
    <SpaceBetween size="xs">
      <FormField label={isClick ? 'Events per second' : 'Changes per minute'}>
        <Input
          type="number"
          value={rate}
          onChange={({ detail }) => setRate(detail.value)}
          ariaLabel={isClick ? 'Events per second' : 'Changes per minute'}
        />
      </FormField>
      <SpaceBetween size="xs" direction="horizontal">
        <Button onClick={() => apply(isClick ? node.status === 'running' : true)}>Apply</Button>
        {isClick && (
          <Button onClick={() => apply(node.status !== 'running')}>
            {node.status === 'running' ? 'Stop the app' : 'Start the app'}
          </Button>
        )}
      </SpaceBetween>
    </SpaceBetween>
  );
}

/** The selected resource: state, counters, where it writes, and its actions. */
export function NodePanel({
  node,
  edges,
  onDeleted,
}: {
  node: LakeNode;
  edges: LakeEdge[];
  onDeleted(): void;
}) {
  const world = useLake((s) => s.engine.world);
  const call = useLake((s) => s.call);
  const [isDeleting, setDeleting] = useState(false);
  const remove = deleteCallOf(world, node);
  const outgoing = edges.filter((e) => e.source === node.id);
  return (
    <SpaceBetween size="s">
      <Box variant="h3" padding="n">
        {KIND_INFO[node.kind].title}: {node.label}
      </Box>
      <StatusIndicator type={STATUS[node.health]}>{node.status}</StatusIndicator>
      {node.lastError && <Box color="text-status-error">{node.lastError}</Box>}
      <ColumnLayout columns={1} variant="text-grid">
        {node.counters.filter(Boolean).map((c) => (
          <div key={c}>{c}</div>
        ))}
        {node.objects && (
          <div>
            {node.objects.count.toLocaleString('en-US')} objects, {formatBytes(node.objects.bytes)}
          </div>
        )}
        {outgoing.map((e) => (
          <div key={e.id}>
            Writes to {e.target.replace(/^bucket:/, 's3://')}
            {e.prefix ? `/${e.prefix}` : ''}
          </div>
        ))}
      </ColumnLayout>
      {node.kind === 'bucket' && (
        <Link href={href(`/s3/buckets/${node.label}`)}>Open {node.label} in Amazon S3</Link>
      )}
      {(node.kind === 'clickstream' || node.kind === 'database') && <SourceControls node={node} />}
      {runCallsOf(world, node).map((c) => (
        <SpaceBetween key={c.label} size="xs" direction="horizontal">
          <Button onClick={() => void call(c.service, c.operation, c.input).catch(() => undefined)}>
            {c.label}
          </Button>
          <ShowCliButton service={c.service} operation={c.operation} input={c.input} />
        </SpaceBetween>
      ))}
      {remove && (
        <Button onClick={() => setDeleting(true)} ariaLabel={`Delete ${node.label}`}>
          Delete
        </Button>
      )}
      {remove && isDeleting && (
        <DeleteResourceModal
          kind={remove.label}
          name={node.label}
          cli={remove}
          onDelete={() =>
            call(remove.service, remove.operation, remove.input, { quiet: true }).then(onDeleted)
          }
          onDismiss={() => setDeleting(false)}
        >
          Delete the {remove.label} {node.label}? Data already written to S3 stays.
        </DeleteResourceModal>
      )}
    </SpaceBetween>
  );
}
