import StatusIndicator, {
  type StatusIndicatorProps,
} from '@cloudscape-design/components/status-indicator';

const STATE_TYPES: Record<string, StatusIndicatorProps.Type> = {
  READY: 'success',
  RUNNING: 'in-progress',
  STOPPING: 'pending',
  SUCCEEDED: 'success',
  COMPLETED: 'success',
  FAILED: 'error',
  CANCELLED: 'stopped',
  STOPPED: 'stopped',
};

/** A crawler state (READY/RUNNING/STOPPING) or a crawl status (SUCCEEDED/FAILED/CANCELLED). */
export function CrawlerStatus({ state }: { state: string | undefined }) {
  if (!state) return <>-</>;
  return <StatusIndicator type={STATE_TYPES[state] ?? 'info'}>{state}</StatusIndicator>;
}
