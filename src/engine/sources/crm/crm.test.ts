import { describe, expect, it } from 'vitest';
import { createWorld } from '../../world';
import { CRM_FIELDS, crmObjects, lastModifiedOf, readCrmObject } from './index';

const worldAt = (iso: string) => createWorld(1, Date.parse(iso));

describe('the simulated CRM', () => {
  it('has seeded Account and Opportunity records with Salesforce-style fields', () => {
    const world = worldAt('2025-01-06T09:00:00Z');
    const [account] = readCrmObject(world, 'Account');
    const [opportunity] = readCrmObject(world, 'Opportunity');
    expect(Object.keys(account!)).toEqual(CRM_FIELDS.Account);
    expect(Object.keys(opportunity!)).toEqual(CRM_FIELDS.Opportunity);
    expect(String(opportunity!['Id'])).toMatch(/^006/);
    expect(readCrmObject(world, 'Lead')).toEqual([]);
  });

  it('gains new records and modifies existing ones as the clock moves, with LastModifiedDate', () => {
    const world = worldAt('2025-01-06T09:00:00Z');
    const before = readCrmObject(world, 'Opportunity');
    world.clock.now += 86_400_000;
    const after = readCrmObject(world, 'Opportunity');
    expect(after.length).toBe(before.length + 6);
    const modified = after
      .slice(0, before.length)
      .filter((r, i) => r['LastModifiedDate'] !== before[i]!['LastModifiedDate']);
    expect(modified.length).toBeGreaterThan(0);
    expect(modified.every((r) => lastModifiedOf(r) <= world.clock.now)).toBe(true);
  });

  it('summarises objects for the lake canvas', () => {
    const summary = crmObjects(worldAt('2025-01-06T09:00:00Z'));
    expect(summary.map((s) => s.name)).toEqual(['Account', 'Opportunity']);
    expect(summary[1]!.recordCount).toBeGreaterThan(30);
  });
});
