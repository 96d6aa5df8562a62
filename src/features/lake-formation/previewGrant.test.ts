import { describe, expect, it } from 'vitest';
import { createEngine } from '../../engine';
import { engineDriver, runOperations } from '../../lessons/operations';
import { hrSalesLakeOps } from '../../scenarios/hrSalesLake';
import { emptyDraft, grantInput } from './grantDraft';
import { previewGrant } from './previewGrant';

describe('previewing a grant', () => {
  it('shows the matrix change without touching the real lab', async () => {
    const engine = createEngine({ seed: 1 });
    await runOperations(engineDriver(engine), hrSalesLakeOps(engine.accountId));
    const analyst = `arn:aws:iam::${engine.accountId}:user/analyst`;
    const input = grantInput({
      ...emptyDraft(analyst),
      target: 'columns',
      database: 'sales',
      table: 'orders',
      columns: ['customer_email'],
      permissions: ['SELECT'],
    });
    const grantsBefore = Object.keys(engine.world.lakeformation?.grants ?? {}).length;
    const changes = await previewGrant(engine, undefined, analyst, input);
    expect(changes.map((c) => [c.label, c.before, c.after])).toContainEqual([
      'sales.orders.customer_email',
      'Denied',
      'Allowed',
    ]);
    expect(Object.keys(engine.world.lakeformation?.grants ?? {})).toHaveLength(grantsBefore);
  });

  it('an analyst without the grant option gets the AccessDeniedException the real call would give', async () => {
    const engine = createEngine({ seed: 1 });
    await runOperations(engineDriver(engine), hrSalesLakeOps(engine.accountId));
    const analyst = `arn:aws:iam::${engine.accountId}:user/analyst`;
    const input = grantInput({
      ...emptyDraft(analyst),
      database: 'hr',
      table: 'employees',
      permissions: ['SELECT'],
    });
    await expect(previewGrant(engine, analyst, analyst, input)).rejects.toMatchObject({
      name: 'AccessDeniedException',
    });
  });
});
