import StatusIndicator from '@cloudscape-design/components/status-indicator';
import type { Verdict } from './matrixModel';

const LOOK: Record<Verdict, { type: 'success' | 'error' | 'warning'; text: string }> = {
  allowed: { type: 'success', text: 'Allowed' },
  denied: { type: 'error', text: 'Denied' },
  partial: { type: 'warning', text: 'Partly allowed' },
};

/** Allowed / Denied / Partly allowed: an icon and a word, never colour alone. */
export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  const look = LOOK[verdict];
  return <StatusIndicator type={look.type}>{look.text}</StatusIndicator>;
}
