import { AwsError } from '../core/errors';
import { serviceArn } from '../core/ids';
import type { OperationContext, RequiredAccess } from '../core/operations';
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

export function deliveryStreamOf(
  ctx: OperationContext,
  name: string | undefined,
): StoredDeliveryStream {
  const stream = firehoseState(ctx.world).streams[name ?? ''];
  if (!stream) throw notFound(ctx.world, name ?? '');
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
