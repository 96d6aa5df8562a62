import { describe, expect, it } from 'vitest';
import type { TableAccess } from '../../engine/lakeformation/access';
import { whySteps } from './whySteps';

const access: TableAccess = {
  database: 'sales',
  table: 'orders',
  mode: 'lakeformation',
  select: true,
  permissions: ['SELECT'],
  grantable: [],
  columns: [
    { column: 'region', allowed: true, reason: 'Granted SELECT on tables tagged domain=sales.' },
    { column: 'email', allowed: false, reason: 'No grant gives analyst SELECT on column email.' },
  ],
  rowFilter: "region = 'EU'",
  fullMetadata: true,
  reasons: [{ kind: 'tag-policy', text: 'Granted SELECT on tables tagged domain=sales.' }],
};

describe('why steps', () => {
  it('a denied column ends with its absence from SELECT *', () => {
    const steps = whySteps(access, 'analyst', 'email');
    expect(steps[0]).toMatch(/under Lake Formation control/);
    expect(steps).toContain('No grant gives analyst SELECT on column email.');
    expect(steps.at(-1)).toMatch(/absent for analyst: SELECT \* leaves it out/);
  });

  it('a table names its hidden columns and row filter', () => {
    expect(whySteps(access, 'analyst').at(-1)).toBe(
      "Result: analyst reads every column except email — only rows where region = 'EU'.",
    );
  });
});
