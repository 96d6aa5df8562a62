import { appendLogEntry } from '../core/eventLog';
import { serviceArn } from '../core/ids';
import type { OperationContext } from '../core/operations';
import type { TableAccess } from './access';

/**
 * Appends one data-access decision to the event log, as CloudTrail records Lake Formation's
 * GetDataAccess: who, which table, allowed or denied, and the reasons a student reads.
 * Call it only when a decision should be shown (an Athena query, the playground).
 */
export function recordDecision(
  ctx: OperationContext,
  access: TableAccess,
  operation = 'GetDataAccess',
): void {
  const allowed = access.mode === 'iam' || access.select;
  const columns = access.columns.filter((c) => c.allowed).map((c) => c.column);
  const summary =
    access.mode === 'iam'
      ? ''
      : ` Columns: ${columns.join(', ') || '(none)'}; rows: ${access.rowFilter ?? 'all'}.`;
  appendLogEntry(ctx.world.log, {
    id: ctx.nextId('log'),
    time: ctx.now,
    principal: ctx.principal.callerArn,
    service: 'lakeformation',
    operation,
    readOnly: true,
    outcome: allowed ? 'allowed' : 'denied',
    resources: [
      serviceArn(
        'glue',
        ctx.principal.accountId,
        `table/${access.database}/${access.table}`,
        ctx.region,
      ),
    ],
    reason: `${access.reasons.map((r) => r.text).join(' ')}${summary}`,
  });
}
