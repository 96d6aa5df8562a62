import { AwsError, isAwsError } from '../core/errors';
import { serviceArn } from '../core/ids';
import type { OperationContext, OperationDef } from '../core/operations';

/**
 * Storage Gateway answers client errors with InvalidGatewayRequestException and server faults
 * with InternalServerError, each with `error: { errorCode, errorDetails }` (API_StorageGatewayError).
 */
export function invalidGatewayRequest(
  message: string,
  errorCode = 'InvalidParameters',
  errorDetails: Record<string, string> = {},
): AwsError {
  return new AwsError('InvalidGatewayRequestException', message, {
    details: { error: { errorCode, errorDetails } },
  });
}

export function internalServerError(message: string): AwsError {
  return new AwsError('InternalServerError', message, {
    statusCode: 500,
    details: { error: { errorCode: 'InternalError', errorDetails: {} } },
  });
}

/** An operation whose unexpected failures surface as InternalServerError, never as a crash. */
export function sgwOperation<I>(def: OperationDef<I>): OperationDef<I> {
  return {
    ...def,
    async run(input, ctx) {
      try {
        return await def.run(input, ctx);
      } catch (error) {
        if (isAwsError(error)) throw error;
        throw internalServerError(error instanceof Error ? error.message : String(error));
      }
    },
  };
}

/** A required member; the SDK's own length constraints from the API reference. */
export function required(value: unknown, field: string, min = 1, max = 2048): string {
  if (typeof value !== 'string' || value === '')
    throw invalidGatewayRequest(`${field} is required.`, 'InvalidParameters', { [field]: 'null' });
  if (value.length < min || value.length > max)
    throw invalidGatewayRequest(
      `${field} must be between ${min} and ${max} characters long.`,
      'InvalidParameters',
      { [field]: value },
    );
  return value;
}

/** `sgw-12A3456B` / `share-3F1A2B4C`: a prefix and 8 upper-case hex digits from a counter. */
export function hexId(ctx: OperationContext, prefix: string): string {
  const n = ctx.nextId(`storagegateway:${prefix}`);
  const hex = (Math.imul(n, 0x9e3779b1) ^ 0x12a3456b) >>> 0;
  return `${prefix}-${hex.toString(16).toUpperCase().padStart(8, '0')}`;
}

export function sgwArn(ctx: OperationContext, resource: string): string {
  return serviceArn('storagegateway', ctx.principal.accountId, resource, ctx.region);
}

/** The slice a Limit / Marker request asks for; the marker is the index of the next item. */
export function pageBounds(
  limit: number | undefined,
  marker: string | undefined,
): { start: number; end: number } {
  // Limit: minimum value 1; Marker: 1 to 1000 characters, opaque (API_ListGateways, API_ListFileShares).
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 1))
    throw invalidGatewayRequest('Limit must be an integer of 1 or more.', 'InvalidParameters', {
      Limit: String(limit),
    });
  const start = marker === undefined ? 0 : Number(marker);
  if (marker !== undefined && (marker === '' || !Number.isInteger(start) || start < 0))
    throw invalidGatewayRequest('The Marker is not valid.', 'InvalidParameters', {
      Marker: marker,
    });
  return { start, end: start + (limit ?? 100) };
}
