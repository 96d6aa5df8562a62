import { AwsError } from '../core/errors';
import { serviceArn } from '../core/ids';
import type { OperationContext, RequiredAccess } from '../core/operations';
import { parseTrustPolicy, trustAllowsService } from '../iam/trustPolicy';
import type { World } from '../world';
import { firehoseState, type StoredDeliveryStream } from './state';

/** A delivery stream stays CREATING this long before it becomes ACTIVE. */
export const DELIVERY_STREAM_CREATE_DELAY_MS = 5_000;
export const DELIVERY_STREAM_ACTIVE_EVENT = 'firehose:streamActive';

export function deliveryStreamArnOf(world: World, name: string): string {
  return serviceArn('firehose', world.defaultAccountId, `deliverystream/${name}`, world.region);
}

export function notFound(world: World, name: string): AwsError {
  return new AwsError(
    'ResourceNotFoundException',
    `Firehose ${name} under account ${world.defaultAccountId} not found.`,
  );
}

/**
 * A missing DeliveryStreamName is refused before any lookup, as AWS's request validation does
 * (Common Errors: ValidationException, "The input fails to satisfy the constraints specified by an AWS service").
 */
export function requireStreamName(name: string | undefined): string {
  if (name === undefined || name === null)
    throw new AwsError(
      'ValidationException',
      "1 validation error detected: Value null at 'deliveryStreamName' failed to satisfy constraint: Member must not be null",
    );
  return name;
}

export function deliveryStreamOf(
  ctx: OperationContext,
  name: string | undefined,
): StoredDeliveryStream {
  const streams = firehoseState(ctx.world).streams;
  const key = requireStreamName(name);
  // Own keys only: a stream named "constructor" must not find Object.prototype's.
  const stream = Object.hasOwn(streams, key) ? streams[key] : undefined;
  if (!stream) throw notFound(ctx.world, key);
  return stream;
}

/** The IAM access for an operation on the delivery stream the input names. */
export function onDeliveryStream(action: string) {
  return (input: { DeliveryStreamName?: string }, ctx: OperationContext): RequiredAccess[] => [
    {
      action,
      resource: input.DeliveryStreamName
        ? deliveryStreamArnOf(ctx.world, input.DeliveryStreamName)
        : '*',
    },
  ];
}

/**
 * Why Firehose cannot act as a role, or undefined: the role must exist and its trust policy must let
 * firehose.amazonaws.com assume it (controlling-access.html, "Grant Firehose access to an Amazon S3 destination").
 */
export function roleProblem(world: World, roleArn: string): string | undefined {
  const match = /^arn:aws:iam::(\d{12}):role\/(?:.*\/)?([^/]+)$/.exec(roleArn);
  const role = match ? world.iam.accounts[match[1]!]?.roles[match[2]!] : undefined;
  if (!role) return `Firehose is unable to assume role ${roleArn}: the role does not exist.`;
  let trusted: boolean;
  try {
    trusted = trustAllowsService(
      parseTrustPolicy(decodeURIComponent(role.AssumeRolePolicyDocument)),
      'firehose.amazonaws.com',
    );
  } catch {
    trusted = false;
  }
  return trusted
    ? undefined
    : `Firehose is unable to assume role ${roleArn}: its trust policy must let firehose.amazonaws.com call sts:AssumeRole.`;
}

/** The roles a create or update hands to Firehose: the caller needs iam:PassRole on each (Firehose will act as them). */
export function passRoles(roleArns: readonly (string | undefined)[]): RequiredAccess[] {
  return [...new Set(roleArns.filter((arn): arn is string => !!arn))].map((resource) => ({
    action: 'iam:PassRole',
    resource,
  }));
}
