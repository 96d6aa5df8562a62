import { AwsError } from '../core/errors';
import type { World } from '../world';

const asList = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : value === undefined ? [] : [value];

function trustsGlue(document: string): boolean {
  let parsed: { Statement?: unknown };
  try {
    parsed = JSON.parse(decodeURIComponent(document)) as { Statement?: unknown };
  } catch {
    return false;
  }
  return asList(parsed.Statement).some((raw) => {
    const statement = raw as {
      Effect?: string;
      Action?: unknown;
      Principal?: { Service?: unknown } | string;
    };
    const actions = asList(statement.Action);
    const services =
      typeof statement.Principal === 'object' ? asList(statement.Principal.Service) : [];
    return (
      statement.Effect === 'Allow' &&
      actions.some((a) => a === 'sts:AssumeRole' || a === 'sts:*' || a === '*') &&
      (statement.Principal === '*' || services.includes('glue.amazonaws.com'))
    );
  });
}

/**
 * A crawler acts as its IAM role, which Glue must be able to assume: the role must exist and its
 * trust policy must let glue.amazonaws.com call sts:AssumeRole (crawler prerequisites, IAM roles for Glue).
 */
export function checkCrawlerRole(world: World, roleArn: string): void {
  const match = /^arn:aws:iam::(\d{12}):role\/(?:.*\/)?([^/]+)$/.exec(roleArn);
  const role = match ? world.iam.accounts[match[1]!]?.roles[match[2]!] : undefined;
  if (!role)
    throw new AwsError(
      'EntityNotFoundException',
      `Role ${roleArn} does not exist: create it in IAM, or give the crawler an existing role.`,
    );
  if (!trustsGlue(role.AssumeRolePolicyDocument))
    throw new AwsError(
      'AccessDeniedException',
      `Service is unable to assume provided role ${roleArn}. Please verify role's TrustPolicy: it must allow the service principal glue.amazonaws.com to call sts:AssumeRole.`,
    );
}
