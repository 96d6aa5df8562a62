import type { OperationContext } from '../core/operations';
import { iamValidationError } from './errors';
import type { IamAccount } from './state';

// IAM: user, role and policy names match [\w+=,.@-]+; users and roles 1–64 characters, policies 1–128.
const NAME_PATTERN = /^[\w+=,.@-]+$/;

/** Throws IAM's ValidationError unless the name follows IAM's name rules. */
export function checkIamName(value: string | undefined, field: string, maxLength: number): string {
  const name = value ?? '';
  if (name.length < 1 || name.length > maxLength)
    throw iamValidationError(
      `1 validation error detected: Value '${name}' at '${field}' failed to satisfy constraint: Member must have length between 1 and ${maxLength}`,
    );
  if (!NAME_PATTERN.test(name))
    throw iamValidationError(
      `1 validation error detected: Value '${name}' at '${field}' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]+`,
    );
  return name;
}

// IAM: a path begins and ends with a slash (default "/").
export function checkIamPath(value: string | undefined): string {
  const path = value ?? '/';
  if (!/^\/([\x21-\x7e]*\/)?$/.test(path) || path.length > 512)
    throw iamValidationError(
      `1 validation error detected: Value '${path}' at 'path' failed to satisfy constraint: Member must satisfy regular expression pattern: (\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F)`,
    );
  return path;
}

const UPPER_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const SECRET_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

const draw = (ctx: OperationContext, alphabet: string, length: number) =>
  Array.from({ length }, () => alphabet[ctx.rng.int(0, alphabet.length)]).join('');

// IAM unique ids start with a type prefix: AIDA users, AROA roles, ANPA policies, AKIA keys, ASIA temporary keys.
export function uniqueId(
  ctx: OperationContext,
  prefix: 'AIDA' | 'AROA' | 'ANPA' | 'AKIA' | 'ASIA',
  length = prefix === 'AKIA' || prefix === 'ASIA' ? 20 : 21,
): string {
  return prefix + draw(ctx, UPPER_ALNUM, length - prefix.length);
}

/** A 40-character secret access key. */
export function secretKey(ctx: OperationContext): string {
  return draw(ctx, SECRET_ALPHABET, 40);
}

/** The caller's IAM account (IAM is global: an account's entities live outside any region). */
export function callerAccount(ctx: OperationContext): IamAccount {
  const account = ctx.world.iam.accounts[ctx.principal.accountId];
  if (!account) throw new Error(`The account ${ctx.principal.accountId} has no IAM state.`);
  return account;
}

/** IAM returns policy documents URL-encoded (RFC 3986), as the API reference notes. */
export function encodeDocument(document: string): string {
  return encodeURIComponent(document);
}

/** IAM pagination: Marker and MaxItems (default 100) in, Marker and IsTruncated out. */
export function paginate<T>(
  items: T[],
  input: { Marker?: string; MaxItems?: number | string },
): { page: T[]; IsTruncated: boolean; Marker?: string } {
  const start = input.Marker ? Number(input.Marker) : 0;
  if (!Number.isInteger(start) || start < 0)
    throw iamValidationError(
      `The marker "${input.Marker}" is not valid: pass the Marker a previous response returned.`,
    );
  const max = input.MaxItems === undefined ? 100 : Number(input.MaxItems);
  if (!Number.isInteger(max) || max < 1 || max > 1000)
    throw iamValidationError(
      `1 validation error detected: Value '${String(input.MaxItems)}' at 'maxItems' failed to satisfy constraint: Member must have value between 1 and 1000`,
    );
  const page = items.slice(start, start + max);
  const next = start + max;
  return next < items.length
    ? { page, IsTruncated: true, Marker: String(next) }
    : { page, IsTruncated: false };
}

export const byName =
  <T>(key: keyof T) =>
  (a: T, b: T) =>
    String(a[key]).localeCompare(String(b[key]));
