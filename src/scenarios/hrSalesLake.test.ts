import { describe, expect, it } from 'vitest';
import { createEngine } from '../engine';
import { accessMatrix } from '../engine/lakeformation/access';
import { engineDriver, runOperations } from '../lessons/operations';
import { hrSalesLakeOps } from './hrSalesLake';

async function loadScenario() {
  const engine = createEngine({ seed: 1 });
  await runOperations(engineDriver(engine), hrSalesLakeOps(engine.accountId));
  return engine;
}

async function selectAll(
  engine: Awaited<ReturnType<typeof loadScenario>>,
  user: string,
  sql: string,
) {
  const principal = `arn:aws:iam::${engine.accountId}:user/${user}`;
  const { QueryExecutionId } = await engine.call<{ QueryExecutionId: string }>(
    'athena',
    'StartQueryExecution',
    { QueryString: sql },
    { principal },
  );
  await engine.settled();
  const result = await engine.call<{
    ResultSet: { Rows: Array<{ Data: Array<{ VarCharValue?: string }> }> };
  }>('athena', 'GetQueryResults', { QueryExecutionId }, { principal });
  return result.ResultSet.Rows.map((r) => r.Data.map((d) => d.VarCharValue ?? ''));
}

describe('the HR & sales scenario', () => {
  it('LF-TBAC: the analyst (domain=sales AND sensitivity=public|internal) sees orders without the pii column', async () => {
    const engine = await loadScenario();
    const rows = await selectAll(engine, 'analyst', 'SELECT * FROM sales.orders');
    expect(rows[0]).toEqual(['order_id', 'region', 'total', 'status']);
    expect(rows).toHaveLength(5);
  });

  it('a data cells filter gives the auditor only EU rows and hides customer_email', async () => {
    const engine = await loadScenario();
    const rows = await selectAll(engine, 'auditor', 'SELECT * FROM sales.orders');
    expect(rows[0]).not.toContain('customer_email');
    expect(rows.slice(1).every((r) => r.includes('EU'))).toBe(true);
    expect(rows).toHaveLength(3);
  });

  it('the analyst has no access to hr tables; the matrix says why', async () => {
    const engine = await loadScenario();
    const matrix = accessMatrix(engine.world, `arn:aws:iam::${engine.accountId}:user/analyst`);
    const employees = matrix.find((t) => t.table === 'employees');
    expect(employees?.select).toBe(false);
    const email = matrix
      .find((t) => t.table === 'orders')
      ?.columns.find((c) => c.column === 'customer_email');
    expect(email?.allowed).toBe(false);
  });
});
