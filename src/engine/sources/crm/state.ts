import type { World } from '../../world';
import { sourcesState } from '../state';

/** The simulated CRM's settings; its records follow from these, the seed and the clock. */
export interface CrmState {
  /** When the CRM's seeded records were created (epoch ms). */
  anchorMs: number;
  /** A new Opportunity is created every this many hours. */
  opportunityEveryHours: number;
  /** A new Account is created every this many days. */
  accountEveryDays: number;
}

export const DEFAULT_CRM: CrmState = {
  anchorMs: Date.UTC(2024, 11, 30),
  opportunityEveryHours: 4,
  accountEveryDays: 2,
};

export function crmSettings(world: World): CrmState {
  return sourcesState(world).crm ?? DEFAULT_CRM;
}

/** Changes the CRM's settings (e.g. a lesson that wants a busier CRM). */
export function configureCrm(world: World, settings: Partial<CrmState>): void {
  sourcesState(world).crm = { ...crmSettings(world), ...settings };
}
