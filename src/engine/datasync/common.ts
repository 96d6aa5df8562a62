import { AwsError } from '../core/errors';
import { serviceArn } from '../core/ids';
import type { OperationContext } from '../core/operations';
import type { World } from '../world';

/**
 * DataSync answers every client error with InvalidRequestException (API_DescribeTask errors); the
 * exception's shape has message, errorCode and datasyncErrorCode members.
 */
export function invalidRequest(message: string): AwsError {
  return new AwsError('InvalidRequestException', message, {
    details: { errorCode: 'InvalidRequestException' },
  });
}

/** `agent-0123456789abcdef0`-style ids: a prefix and 17 hex digits from a counter. */
export function hexId(ctx: OperationContext, prefix: string): string {
  return `${prefix}-${ctx.nextId(`datasync:${prefix}`).toString(16).padStart(17, '0')}`;
}

export function dataSyncArn(ctx: OperationContext, resource: string): string {
  return serviceArn('datasync', ctx.principal.accountId, resource, ctx.region);
}

export function required<T>(value: T | undefined | null, field: string): T {
  if (value === undefined || value === null || value === '')
    throw invalidRequest(
      `1 validation error detected: Value null at '${field}' failed to satisfy constraint: Member must not be null`,
    );
  return value;
}

const asList = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : value === undefined ? [] : [value];

/** True when the role's trust policy lets the service principal call sts:AssumeRole. */
export function roleTrusts(
  world: World,
  roleArn: string,
  servicePrincipal: string,
): 'missing' | 'untrusted' | 'ok' {
  const match = /^arn:aws:iam::(\d{12}):role\/(?:.*\/)?([^/]+)$/.exec(roleArn);
  const role = match ? world.iam.accounts[match[1]!]?.roles[match[2]!] : undefined;
  if (!role) return 'missing';
  let parsed: { Statement?: unknown };
  try {
    parsed = JSON.parse(decodeURIComponent(role.AssumeRolePolicyDocument)) as {
      Statement?: unknown;
    };
  } catch {
    return 'untrusted';
  }
  const trusted = asList(parsed.Statement).some((raw) => {
    const s = raw as {
      Effect?: string;
      Action?: unknown;
      Principal?: { Service?: unknown } | string;
    };
    const services = typeof s.Principal === 'object' ? asList(s.Principal.Service) : [];
    return (
      s.Effect === 'Allow' &&
      asList(s.Action).some((a) => a === 'sts:AssumeRole' || a === 'sts:*' || a === '*') &&
      (s.Principal === '*' || services.includes(servicePrincipal))
    );
  });
  return trusted ? 'ok' : 'untrusted';
}

const TOKEN = /^dsnext-(\d+)$/;

/** One page of a List* answer: MaxResults items (up to 100) after NextToken (API_ListTasks, MaxResults and NextToken). */
export function page<T>(
  items: T[],
  input: { MaxResults?: number | undefined; NextToken?: string | undefined },
): { page: T[]; NextToken?: string } {
  let start = 0;
  if (input.NextToken !== undefined) {
    const match = TOKEN.exec(input.NextToken);
    if (!match) throw invalidRequest(`Invalid NextToken: ${input.NextToken}`);
    start = Number(match[1]);
  }
  if (input.MaxResults !== undefined && (input.MaxResults < 0 || input.MaxResults > 100))
    throw invalidRequest(
      `1 validation error detected: Value '${input.MaxResults}' at 'maxResults' failed to satisfy constraint: Member must have value between 0 and 100`,
    );
  const size = input.MaxResults || 100;
  const end = start + size;
  return end < items.length
    ? { page: items.slice(start, end), NextToken: `dsnext-${end}` }
    : { page: items.slice(start) };
}
