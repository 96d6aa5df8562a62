import { serviceArn } from '../core/ids';
import type { OperationContext, RequiredAccess } from '../core/operations';
import { roleArnOf } from './crawlConfig';

/** `arn:aws:glue:<region>:<account>:crawler/<name>`: crawler actions support this resource ARN. */
export const crawlerArn = (ctx: OperationContext, name: string | undefined) =>
  serviceArn('glue', ctx.principal.accountId, `crawler/${name ?? ''}`, ctx.region);

/** An action on one crawler's ARN. */
export const onCrawler =
  <I>(action: string, nameOf: (input: I) => string | undefined) =>
  (input: I, ctx: OperationContext): RequiredAccess[] => [
    { action, resource: crawlerArn(ctx, nameOf(input)) },
  ];

/** Creating or changing a crawler's role also needs iam:PassRole on that role (the crawler will act as it). */
export const onCrawlerWithRole =
  <I extends { Role?: string }>(action: string, nameOf: (input: I) => string | undefined) =>
  (input: I, ctx: OperationContext): RequiredAccess[] => [
    { action, resource: crawlerArn(ctx, nameOf(input)) },
    ...(input.Role
      ? [{ action: 'iam:PassRole', resource: roleArnOf(input.Role, ctx.principal.accountId) }]
      : []),
  ];
