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
  return new Date(epochMs).toISOString().slice(0, 7);
}

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
