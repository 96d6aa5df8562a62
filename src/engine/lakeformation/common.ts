import { invalidInput } from '../core/errors';
import type { OperationContext } from '../core/operations';
import { initialLakeFormationState, lakeFormationState, type LakeFormationState } from './state';

/** The caller's catalog: LakeLab simulates one Data Catalog per account. */
export function checkCatalog(ctx: OperationContext, catalogId: string | undefined): string {
  const id = catalogId ?? ctx.principal.accountId;
  if (id !== ctx.principal.accountId)
    throw invalidInput(
      `LakeLab simulates only the caller's own catalog ${ctx.principal.accountId}, not ${id}.`,
    );
  return id;
}

/** The Lake Formation state to change (created on first use). */
export const lfOf = (ctx: OperationContext): LakeFormationState => lakeFormationState(ctx.world);

/** The Lake Formation state to read: reads never create it (a fresh account's state stands in). */
export const lfView = (ctx: OperationContext): LakeFormationState =>
  ctx.world.lakeformation ?? initialLakeFormationState(ctx.world);

/** Lake Formation paging: an opaque NextToken (an offset here) and MaxResults of 1–1000. */
export function pageOf<T>(
  items: T[],
  input: { NextToken?: string | undefined; MaxResults?: number | undefined },
  defaultMax = 100,
): { page: T[]; NextToken?: string } {
  const start = input.NextToken ? Number(input.NextToken) : 0;
  if (!Number.isInteger(start) || start < 0)
    throw invalidInput(
      `The NextToken "${input.NextToken ?? ''}" is not valid: pass the NextToken a previous response returned.`,
    );
  const max = input.MaxResults ?? defaultMax;
  if (!Number.isInteger(max) || max < 1 || max > 1000)
    throw invalidInput(`MaxResults must be between 1 and 1000, not ${String(max)}.`);
  const page = items.slice(start, start + max);
  return start + max < items.length ? { page, NextToken: String(start + max) } : { page };
}

/** `s3://bucket/prefix/` or `arn:aws:s3:::bucket/prefix` → `bucket/prefix` (no trailing slash). */
export function s3PathOf(location: string): string | undefined {
  const match = /^(?:s3a?:\/\/|arn:aws:s3:::)(.+)$/.exec(location);
  return match?.[1]?.replace(/\/+$/, '');
}

/** Whether `path` is `parent` or lies under it (prefixes end at a slash). */
export function isUnderPath(path: string, parent: string): boolean {
  return path === parent || path.startsWith(`${parent}/`);
}
