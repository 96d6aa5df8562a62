import { describe, expect, it } from 'vitest';
import { createEngine } from '../../engine';
import { engineDriver, runOperations } from '../../lessons/operations';
import { hrSalesLakeOps } from '../../scenarios/hrSalesLake';
import { nodeTags, type TagNode } from './tagTreeModel';

describe('tags on the catalog tree', () => {
  it('LF-TBAC: a column inherits its table and database tags; a value assigned on it overrides them', async () => {
    const engine = createEngine({ seed: 1 });
    await runOperations(engineDriver(engine), hrSalesLakeOps(engine.accountId));
    const email: TagNode = {
      id: 'e',
      level: 'column',
      label: 'email',
      database: 'hr',
      table: 'employees',
      column: 'email',
    };
    expect(nodeTags(engine.world, email)).toEqual([
      { key: 'domain', value: 'hr', inheritedFrom: 'database' },
      { key: 'sensitivity', value: 'pii', overrides: 'internal' },
    ]);
    const orders: TagNode = {
      id: 'o',
      level: 'table',
      label: 'orders',
      database: 'sales',
      table: 'orders',
    };
    expect(nodeTags(engine.world, orders)).toContainEqual({
      key: 'sensitivity',
      value: 'public',
      overrides: 'internal',
    });
  });
});
