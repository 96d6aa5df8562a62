import { describe, expect, it } from 'vitest';
import type { AwsError } from '../core/errors';
import type { OperationContext } from '../core/operations';
import { invalidGatewayRequest, sgwOperation } from './common';

describe('Storage Gateway errors', () => {
  it('turns an unexpected failure into InternalServerError (500) with error details, never a crash', async () => {
    const op = sgwOperation({
      run() {
        throw new Error('disk on fire');
      },
    });
    const error = (await Promise.resolve(op.run({} as never, {} as OperationContext)).catch(
      (e: unknown) => e,
    )) as AwsError;
    expect(error).toMatchObject({ name: 'InternalServerError', statusCode: 500 });
    expect(error.details).toEqual({ error: { errorCode: 'InternalError', errorDetails: {} } });
  });

  it('lets the client errors through as InvalidGatewayRequestException', async () => {
    const op = sgwOperation({
      run() {
        throw invalidGatewayRequest('nope', 'GatewayNotFound');
      },
    });
    const error = (await Promise.resolve(op.run({} as never, {} as OperationContext)).catch(
      (e: unknown) => e,
    )) as AwsError;
    expect(error).toMatchObject({ name: 'InvalidGatewayRequestException', statusCode: 400 });
  });
});
