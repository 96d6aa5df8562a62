import type {
  DeliveryStreamEncryptionConfiguration,
  DeliveryStreamEncryptionConfigurationInput,
  StartDeliveryStreamEncryptionInput,
  StopDeliveryStreamEncryptionInput,
} from '@aws-sdk/client-firehose';
import { AwsError } from '../core/errors';
import type { EngineHooks, OperationContext, OperationDef } from '../core/operations';
import { deliveryStreamOf, onDeliveryStream } from './model';
import { firehoseState, type StoredDeliveryStream, type StoredStreamEncryption } from './state';

/** LakeLab's delay from ENABLING to ENABLED and DISABLING to DISABLED (AWS documents the steps, not their length). */
export const SSE_CHANGE_DELAY_MS = 5_000;
export const SSE_SETTLED_EVENT = 'firehose:sseSettled';
/** Start/StopDeliveryStreamEncryption: 25 calls per stream per 24 hours together (API_StartDeliveryStreamEncryption.html). */
export const MAX_SSE_CALLS_PER_DAY = 25;
const DAY_MS = 24 * 3_600_000;

const invalid = (message: string) => new AwsError('InvalidArgumentException', message);

/** Checks a DeliveryStreamEncryptionConfigurationInput (API_DeliveryStreamEncryptionConfigurationInput.html). */
export function encryptionKeyOf(
  input: DeliveryStreamEncryptionConfigurationInput | undefined,
): Pick<StoredStreamEncryption, 'KeyType' | 'KeyARN'> {
  const KeyType = input?.KeyType ?? 'AWS_OWNED_CMK';
  if (KeyType !== 'AWS_OWNED_CMK' && KeyType !== 'CUSTOMER_MANAGED_CMK')
    throw invalid(`KeyType must be AWS_OWNED_CMK or CUSTOMER_MANAGED_CMK; got ${String(KeyType)}.`);
  // KeyARN: "If you set KeyType to CUSTOMER_MANAGED_CMK, you must specify the ARN of the CMK"; an AWS owned CMK takes none.
  if (KeyType === 'AWS_OWNED_CMK') {
    if (input?.KeyARN) throw invalid('KeyARN is not allowed when KeyType is AWS_OWNED_CMK.');
    return { KeyType };
  }
  const KeyARN = input?.KeyARN ?? '';
  if (!/^arn:aws[a-z-]*:kms:[a-z0-9-]+:\d{12}:key\/.+$/.test(KeyARN))
    throw invalid(
      `KeyType CUSTOMER_MANAGED_CMK needs KeyARN, the ARN of a KMS key; got "${KeyARN}".`,
    );
  return { KeyType, KeyARN };
}

/** SSE can be enabled only for a stream whose source is Direct PUT (API_StartDeliveryStreamEncryption.html). */
export function checkSseSource(type: StoredDeliveryStream['DeliveryStreamType']): void {
  if (type !== 'DirectPut')
    throw invalid(
      `Server-side encryption can be enabled only for a DirectPut Firehose stream, not ${type}.`,
    );
}

/** The DeliveryStreamEncryptionConfiguration DescribeDeliveryStream reports. */
export function describeSse(stream: StoredDeliveryStream): DeliveryStreamEncryptionConfiguration {
  const sse = stream.sse;
  if (!sse || sse.Status === 'DISABLED') return { Status: 'DISABLED' };
  return {
    ...(sse.KeyARN ? { KeyARN: sse.KeyARN } : {}),
    KeyType: sse.KeyType,
    Status: sse.Status,
  };
}

/** Whether records put now are encrypted (PutRecordOutput$Encrypted). */
export function isEncrypted(stream: StoredDeliveryStream): boolean {
  return stream.sse?.Status === 'ENABLED';
}

function changeSse(
  ctx: OperationContext,
  stream: StoredDeliveryStream,
  next: Pick<StoredStreamEncryption, 'Status' | 'KeyType' | 'KeyARN'>,
): void {
  if (stream.DeliveryStreamStatus !== 'ACTIVE')
    throw new AwsError(
      'ResourceInUseException',
      `Firehose ${stream.DeliveryStreamName} is ${stream.DeliveryStreamStatus}: change its encryption once it is ACTIVE.`,
    );
  const status = stream.sse?.Status;
  if (status === 'ENABLING' || status === 'DISABLING')
    throw new AwsError(
      'ResourceInUseException',
      `Firehose ${stream.DeliveryStreamName}'s encryption is ${status}: wait until it settles.`,
    );
  const calls = (stream.sse?.calls ?? []).filter((at) => at > ctx.now - DAY_MS);
  if (calls.length >= MAX_SSE_CALLS_PER_DAY)
    throw new AwsError(
      'LimitExceededException',
      `Start/StopDeliveryStreamEncryption may be called ${MAX_SSE_CALLS_PER_DAY} times per stream in 24 hours.`,
    );
  stream.sse = { ...next, changedAt: ctx.now, calls: [...calls, ctx.now] };
  ctx.clock.schedule(ctx.now + SSE_CHANGE_DELAY_MS, SSE_SETTLED_EVENT, {
    name: stream.DeliveryStreamName,
    changedAt: ctx.now,
  });
}

// StartDeliveryStreamEncryption: ENABLING, then ENABLED; may be called again to change the key (API_StartDeliveryStreamEncryption.html).
export const StartDeliveryStreamEncryption: OperationDef<StartDeliveryStreamEncryptionInput> = {
  authorize: onDeliveryStream('firehose:StartDeliveryStreamEncryption'),
  run(input, ctx) {
    const stream = deliveryStreamOf(ctx, input.DeliveryStreamName);
    checkSseSource(stream.DeliveryStreamType);
    const key = encryptionKeyOf(input.DeliveryStreamEncryptionConfigurationInput);
    changeSse(ctx, stream, { Status: 'ENABLING', ...key });
    return {};
  },
};

// StopDeliveryStreamEncryption: DISABLING, then DISABLED (API_StopDeliveryStreamEncryption.html).
export const StopDeliveryStreamEncryption: OperationDef<StopDeliveryStreamEncryptionInput> = {
  authorize: onDeliveryStream('firehose:StopDeliveryStreamEncryption'),
  run(input, ctx) {
    const stream = deliveryStreamOf(ctx, input.DeliveryStreamName);
    const current = stream.sse;
    changeSse(ctx, stream, {
      Status: 'DISABLING',
      KeyType: current?.KeyType ?? 'AWS_OWNED_CMK',
      ...(current?.KeyARN ? { KeyARN: current.KeyARN } : {}),
    });
    return {};
  },
};

/** Moves a stream's encryption from ENABLING/DISABLING to ENABLED/DISABLED when its change settles. */
export function installSse(hooks: EngineHooks): void {
  hooks.clock.on(SSE_SETTLED_EVENT, (event) => {
    const { name, changedAt } = event.data as { name: string; changedAt: number };
    const sse = firehoseState(hooks.world()).streams[name]?.sse;
    if (!sse || sse.changedAt !== changedAt) return;
    if (sse.Status === 'ENABLING') sse.Status = 'ENABLED';
    else if (sse.Status === 'DISABLING') sse.Status = 'DISABLED';
  });
}
