import { serviceArn } from '../core/ids';
import type { OperationContext, RequiredAccess } from '../core/operations';
import { AwsError } from '../core/errors';

/** `arn:aws:athena:<region>:<account>:workgroup/<name>`: most Athena actions are authorised on the workgroup. */
export const workGroupArn = (ctx: OperationContext, name: string) =>
  serviceArn('athena', ctx.principal.accountId, `workgroup/${name}`, ctx.region);

export const dataCatalogArn = (ctx: OperationContext, name: string) =>
  serviceArn('athena', ctx.principal.accountId, `datacatalog/${name}`, ctx.region);

/** An Athena action on the workgroup an input names (`primary` when it names none). */
export const onWorkGroup =
  <I extends { WorkGroup?: string | undefined }>(action: string) =>
  (input: I, ctx: OperationContext): RequiredAccess[] => [
    { action, resource: workGroupArn(ctx, input.WorkGroup ?? 'primary') },
  ];

/** Athena's client error: the SDK surfaces it as InvalidRequestException. */
export function invalidRequest(message: string): AwsError {
  return new AwsError('InvalidRequestException', message);
}

/** Splits `s3://bucket/key/prefix` into bucket and key; throws InvalidRequestException when it is not an S3 URI. */
export function parseS3Uri(uri: string, what: string): { bucket: string; key: string } {
  const match = /^s3:\/\/([^/]+)\/?(.*)$/.exec(uri);
  if (!match?.[1])
    throw invalidRequest(`${what} "${uri}" is not an S3 location: use s3://bucket/prefix/.`);
  return { bucket: match[1], key: match[2] ?? '' };
}
