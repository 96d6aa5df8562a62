/** The cost ledger: one line per month, service and usage type, as on an AWS bill. */
export interface CostLine {
  /** `YYYY-MM` of simulated time. */
  month: string;
  service: string;
  usageType: string;
  unit: string;
  quantity: number;
  /** US dollars, estimated from us-east-1 list prices. */
  cost: number;
}

export type CostLedger = Record<string, CostLine>;

export function monthOf(epochMs: number): string {
  return monthAround(epochMs).text;
}

/** Midnight UTC on the first day of the month after the one that contains `epochMs`. */
export function monthEndOf(epochMs: number): number {
  return monthAround(epochMs).end;
}

// Every request is charged: the month last asked for is kept with its bounds, not reformatted.
function monthAround(epochMs: number): { text: string; start: number; end: number } {
  const time = Math.trunc(epochMs); // as Date reads a fractional time
  if (time >= month.start && time < month.end) return month;
  const date = new Date(time);
  const text = date.toISOString().slice(0, 7);
  month = { text, start: firstOfMonth(date, 0), end: firstOfMonth(date, 1) };
  return month;
}

/** Midnight UTC on the 1st of the date's month (plus `later` months); setUTCFullYear, as Date.UTC reads years 0–99 as 19xx. */
function firstOfMonth(date: Date, later: number): number {
  return new Date(0).setUTCFullYear(date.getUTCFullYear(), date.getUTCMonth() + later, 1);
}

let month = { text: '', start: 0, end: 0 };

export interface Charge {
  service: string;
  usageType: string;
  unit: string;
  quantity: number;
  unitPrice: number;
}

export function addCharge(ledger: CostLedger, at: number, charge: Charge): void {
  const month = monthOf(at);
  const key = `${month}|${charge.service}|${charge.usageType}`;
  const line = (ledger[key] ??= {
    month,
    service: charge.service,
    usageType: charge.usageType,
    unit: charge.unit,
    quantity: 0,
    cost: 0,
  });
  line.quantity += charge.quantity;
  line.cost += charge.quantity * charge.unitPrice;
}

/** Month-to-date spend per service for the month that contains `at`. */
export function monthToDateByService(ledger: CostLedger, at: number): Record<string, number> {
  const month = monthOf(at);
  const totals: Record<string, number> = {};
  for (const line of Object.values(ledger)) {
    if (line.month === month) totals[line.service] = (totals[line.service] ?? 0) + line.cost;
  }
  return totals;
}
