import { formatBytes } from '../../ui/format';
import type { LakeEdge } from './graph';
import type { EdgeFlow } from './useLakeGraph';

/** "120 records/s" or "+3 objects · 1.2 MB" since the last tick; the prefix when idle. */
export function edgeLabel(edge: LakeEdge, flow: EdgeFlow | undefined): string {
  const where = edge.prefix ? `${edge.prefix}` : '';
  if (!flow) return where;
  if (edge.unit === 'records') {
    const rate = flow.records / Math.max(flow.seconds, 0.001);
    return `${rate >= 10 ? Math.round(rate).toLocaleString('en-US') : rate.toFixed(1)} records/s`;
  }
  const bytes = flow.bytes ? ` · ${formatBytes(flow.bytes)}` : '';
  return `+${flow.records.toLocaleString('en-US')} object${flow.records === 1 ? '' : 's'}${bytes}`;
}
