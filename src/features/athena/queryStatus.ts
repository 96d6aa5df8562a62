import type { StatusIndicatorProps } from '@cloudscape-design/components/status-indicator';

/** How the console names each Athena query state. */
export const STATE_LABELS: Record<string, { label: string; type: StatusIndicatorProps.Type }> = {
  QUEUED: { label: 'Queued', type: 'pending' },
  RUNNING: { label: 'Running', type: 'in-progress' },
  SUCCEEDED: { label: 'Completed', type: 'success' },
  FAILED: { label: 'Failed', type: 'error' },
  CANCELLED: { label: 'Cancelled', type: 'stopped' },
};

/** 840 → "840 ms", 2300 → "2.3 sec", 125000 → "2 min 5 sec". */
export function formatRunTime(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} sec`;
  return `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} sec`;
}
