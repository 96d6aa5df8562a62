import { AwsError } from '../core/errors';
import { serviceArn } from '../core/ids';
import type { OperationContext } from '../core/operations';
import type { World } from '../world';

/** DataSync answers every client error with InvalidRequestException (API_DescribeTask errors). */
export function invalidRequest(message: string): AwsError {
  return new AwsError('InvalidRequestException', message);
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
