import { monthOf } from '../core/costLedger';
import type { OperationContext } from '../core/operations';
import { storageGatewayState } from './state';

/**
 * Storage Gateway pricing, "data written to AWS by your gateway": the first 100 GB per account
 * are free and the charge stops at $125.00 per gateway per month (aws.amazon.com/storagegateway/pricing,
 * as transcribed by a secondary source); $0.01 per GB beyond that [unconfirmed: from memory].
 */
export const USD_PER_GB_WRITTEN = 0.01;
export const FREE_GB_PER_ACCOUNT_MONTH = 100;
export const CAP_USD_PER_GATEWAY_MONTH = 125;

/** Dollars for `gb` more written, given what the account and the gateway already wrote this month. */
export function writtenCost(accountGbBefore: number, gatewayUsdBefore: number, gb: number): number {
  const free = FREE_GB_PER_ACCOUNT_MONTH;
  const billable = Math.max(0, accountGbBefore + gb - free) - Math.max(0, accountGbBefore - free);
  return Math.min(
    billable * USD_PER_GB_WRITTEN,
    Math.max(0, CAP_USD_PER_GATEWAY_MONTH - gatewayUsdBefore),
  );
}

/** Adds an upload's bytes to the month's usage and the ledger (quantity always, cost after the free tier). */
export function chargeWritten(ctx: OperationContext, gatewayArn: string, bytes: number): void {
  const state = storageGatewayState(ctx.world);
  const month = monthOf(ctx.now);
  if (state.written?.month !== month) state.written = { month, accountGb: 0, gatewayUsd: {} };
  const usage = state.written;
  const gb = bytes / 1024 ** 3;
  const cost = writtenCost(usage.accountGb, usage.gatewayUsd[gatewayArn] ?? 0, gb);
  usage.accountGb += gb;
  usage.gatewayUsd[gatewayArn] = (usage.gatewayUsd[gatewayArn] ?? 0) + cost;
  ctx.charge({
    service: 'storagegateway',
    usageType: 'FileGateway-DataWrittenToAWS',
    unit: 'GB',
    quantity: gb,
    unitPrice: gb > 0 ? cost / gb : 0,
  });
}
