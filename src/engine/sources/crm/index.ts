import { cents, DAY_MS, seededRng } from '../../data/random';
import type { Rng } from '../../core/rng';
import type { World } from '../../world';
import { hashText } from '../fileshare';
import { crmSettings } from './state';

export { configureCrm, DEFAULT_CRM, type CrmState } from './state';

/** A CRM record: Salesforce-style field names; dates as ISO strings, as Salesforce's API returns them. */
export type CrmRecord = Record<string, string | number | null>;

export type CrmObjectName = 'Account' | 'Opportunity';

export interface CrmObjectSummary {
  name: CrmObjectName;
  recordCount: number;
  /** The latest LastModifiedDate (epoch ms). */
  lastModified?: number;
}

export const CRM_FIELDS: Record<CrmObjectName, readonly string[]> = {
  Account: [
    'Id',
    'Name',
    'Industry',
    'BillingCountry',
    'AnnualRevenue',
    'CreatedDate',
    'LastModifiedDate',
  ],
  Opportunity: [
    'Id',
    'AccountId',
    'Name',
    'StageName',
    'Amount',
    'CloseDate',
    'CreatedDate',
    'LastModifiedDate',
  ],
};

const HOUR_MS = 3_600_000;
const SEEDED_ACCOUNTS = 12;
const SEEDED_OPPORTUNITIES = 30;
const INDUSTRIES = ['Retail', 'Manufacturing', 'Finance', 'Healthcare', 'Technology'] as const;
const COUNTRIES = ['US', 'DE', 'FR', 'JP', 'BR', 'IN'] as const;
const NAMES = [
  'Acme',
  'Globex',
  'Initech',
  'Umbrella',
  'Stark',
  'Wayne',
  'Hooli',
  'Vandelay',
] as const;
const STAGES = ['Prospecting', 'Qualification', 'Proposal', 'Negotiation'] as const;

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, '.000+0000');
const sfId = (prefix: string, n: number) =>
  `${prefix}${n.toString(36).toUpperCase().padStart(12, '0')}`;

function rngFor(world: World, object: string, n: number): Rng {
  return seededRng(world.seed, hashText(`crm:${object}:${n}`));
}

/** How many records exist at `now`: the seeded ones plus one per interval since the anchor. */
function countAt(anchor: number, seeded: number, everyMs: number, now: number): number {
  if (now < anchor) return 0;
  return seeded + Math.floor((now - anchor) / everyMs);
}

function account(world: World, n: number, now: number): CrmRecord {
  const { anchorMs, accountEveryDays } = crmSettings(world);
  const rng = rngFor(world, 'Account', n);
  const created =
    n < SEEDED_ACCOUNTS
      ? anchorMs
      : anchorMs + (n - SEEDED_ACCOUNTS + 1) * accountEveryDays * DAY_MS;
  const revenue = 1_000_000 * (1 + rng.int(0, 50));
  // Each account's revenue is revised a week after it was created.
  const revisedAt = created + 7 * DAY_MS + rng.int(0, 24) * HOUR_MS;
  const revised = revisedAt <= now;
  return {
    Id: sfId('001', n + 1),
    Name: `${rng.pick(NAMES)} ${rng.pick(INDUSTRIES)} ${n + 1}`,
    Industry: rng.pick(INDUSTRIES),
    BillingCountry: rng.pick(COUNTRIES),
    AnnualRevenue: revised ? Math.round(revenue * 1.1) : revenue,
    CreatedDate: iso(created),
    LastModifiedDate: iso(revised ? revisedAt : created),
  };
}

function opportunity(world: World, n: number, now: number, accounts: number): CrmRecord {
  const { anchorMs, opportunityEveryHours } = crmSettings(world);
  const rng = rngFor(world, 'Opportunity', n);
  const created =
    n < SEEDED_OPPORTUNITIES
      ? anchorMs
      : anchorMs + (n - SEEDED_OPPORTUNITIES + 1) * opportunityEveryHours * HOUR_MS;
  const amount = cents(1_000 + rng.next() * 49_000);
  const stage = rng.int(0, STAGES.length);
  const advancedAt = created + (1 + rng.int(0, 3)) * DAY_MS + rng.int(0, 24) * HOUR_MS;
  const closedAt = advancedAt + 5 * DAY_MS;
  const won = rng.next() < 0.6;
  let StageName: string = STAGES[stage]!;
  let Amount = amount;
  let modified = created;
  // Opportunities move on: one stage forward (with a revised amount), then closed won or lost.
  if (advancedAt <= now) {
    StageName = STAGES[Math.min(stage + 1, STAGES.length - 1)]!;
    Amount = cents(amount * 1.2);
    modified = advancedAt;
  }
  if (closedAt <= now) {
    StageName = won ? 'Closed Won' : 'Closed Lost';
    modified = closedAt;
  }
  return {
    Id: sfId('006', n + 1),
    AccountId: sfId('001', 1 + (hashText(`${n}`) % Math.max(1, accounts))),
    Name: `Deal ${n + 1}`,
    StageName,
    Amount,
    CloseDate: new Date(closedAt).toISOString().slice(0, 10),
    CreatedDate: iso(created),
    LastModifiedDate: iso(modified),
  };
}

export function isCrmObject(name: string): name is CrmObjectName {
  return name === 'Account' || name === 'Opportunity';
}

/** Every record of a CRM object as it is now on the simulated clock. */
export function readCrmObject(world: World, name: string): CrmRecord[] {
  const settings = crmSettings(world);
  const now = world.clock.now;
  const accounts = countAt(
    settings.anchorMs,
    SEEDED_ACCOUNTS,
    settings.accountEveryDays * DAY_MS,
    now,
  );
  if (name === 'Account') return Array.from({ length: accounts }, (_, n) => account(world, n, now));
  if (name === 'Opportunity') {
    const count = countAt(
      settings.anchorMs,
      SEEDED_OPPORTUNITIES,
      settings.opportunityEveryHours * HOUR_MS,
      now,
    );
    return Array.from({ length: count }, (_, n) => opportunity(world, n, now, accounts));
  }
  return [];
}

/** Epoch ms of a record's LastModifiedDate. */
export function lastModifiedOf(record: CrmRecord): number {
  return Date.parse(String(record['LastModifiedDate']).replace('+0000', 'Z'));
}

/** The CRM's objects with their record counts, for the lake canvas. */
export function crmObjects(world: World): CrmObjectSummary[] {
  return (['Account', 'Opportunity'] as const).map((name) => {
    const records = readCrmObject(world, name);
    const summary: CrmObjectSummary = { name, recordCount: records.length };
    if (records.length > 0) summary.lastModified = Math.max(...records.map(lastModifiedOf));
    return summary;
  });
}
