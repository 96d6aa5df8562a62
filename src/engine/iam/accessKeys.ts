import type {
  CreateAccessKeyRequest,
  DeleteAccessKeyRequest,
  ListAccessKeysRequest,
  UpdateAccessKeyRequest,
} from '@aws-sdk/client-iam';
import { iamArn } from '../core/ids';
import type { OperationContext, OperationDef } from '../core/operations';
import { userOf } from './entities';
import { iamValidationError, limitExceeded, noSuchEntity } from './errors';
import { paginate, secretKey, uniqueId } from './names';
import type { IamAccessKey } from './state';

// IAM quota: two access keys per user.
const KEYS_PER_USER = 2;

/** The user the keys belong to: the named one, or the calling user (as IAM does without UserName). */
function targetUser(ctx: OperationContext, name: string | undefined) {
  if (name === undefined && ctx.principal.type !== 'user')
    throw iamValidationError('Must specify userName when calling with non-User credentials');
  return userOf(ctx, name ?? ctx.principal.name);
}

const onUser = (action: string) => (input: { UserName?: string }, ctx: OperationContext) => [
  {
    action,
    resource: input.UserName
      ? iamArn(ctx.principal.accountId, 'user', input.UserName)
      : ctx.principal.arn,
  },
];

function keysOf(ctx: OperationContext, userName: string): IamAccessKey[] {
  return Object.values(ctx.world.iam.accessKeys)
    .filter((k) => k.accountId === ctx.principal.accountId && k.UserName === userName)
    .sort((a, b) => a.CreateDate - b.CreateDate || a.AccessKeyId.localeCompare(b.AccessKeyId));
}

function keyOf(ctx: OperationContext, userName: string, id: string | undefined): IamAccessKey {
  const key = keysOf(ctx, userName).find((k) => k.AccessKeyId === id);
  if (!key) throw noSuchEntity(`The Access Key with id ${id ?? ''} cannot be found.`);
  return key;
}

export const CreateAccessKey: OperationDef<CreateAccessKeyRequest> = {
  authorize: onUser('iam:CreateAccessKey'),
  run(input, ctx) {
    const user = targetUser(ctx, input.UserName);
    if (keysOf(ctx, user.UserName).length >= KEYS_PER_USER)
      throw limitExceeded(`Cannot exceed quota for AccessKeysPerUser: ${KEYS_PER_USER}`);
    const key: IamAccessKey = {
      AccessKeyId: uniqueId(ctx, 'AKIA'),
      SecretAccessKey: secretKey(ctx),
      accountId: ctx.principal.accountId,
      UserName: user.UserName,
      Status: 'Active',
      CreateDate: ctx.now,
    };
    ctx.world.iam.accessKeys[key.AccessKeyId] = key;
    return {
      AccessKey: {
        UserName: key.UserName,
        AccessKeyId: key.AccessKeyId,
        Status: key.Status,
        SecretAccessKey: key.SecretAccessKey,
        CreateDate: new Date(key.CreateDate),
      },
    };
  },
};

export const ListAccessKeys: OperationDef<ListAccessKeysRequest> = {
  authorize: onUser('iam:ListAccessKeys'),
  run(input, ctx) {
    const user = targetUser(ctx, input.UserName);
    const { page, ...more } = paginate(keysOf(ctx, user.UserName), input);
    return {
      AccessKeyMetadata: page.map((k) => ({
        UserName: k.UserName,
        AccessKeyId: k.AccessKeyId,
        Status: k.Status,
        CreateDate: new Date(k.CreateDate),
      })),
      ...more,
    };
  },
};

export const UpdateAccessKey: OperationDef<UpdateAccessKeyRequest> = {
  authorize: onUser('iam:UpdateAccessKey'),
  run(input, ctx) {
    const user = targetUser(ctx, input.UserName);
    const key = keyOf(ctx, user.UserName, input.AccessKeyId);
    if (input.Status !== 'Active' && input.Status !== 'Inactive')
      throw iamValidationError(
        `1 validation error detected: Value '${String(input.Status)}' at 'status' failed to satisfy constraint: Member must satisfy enum value set: [Active, Inactive]`,
      );
    key.Status = input.Status;
    return {};
  },
};

export const DeleteAccessKey: OperationDef<DeleteAccessKeyRequest> = {
  authorize: onUser('iam:DeleteAccessKey'),
  run(input, ctx) {
    const user = targetUser(ctx, input.UserName);
    const key = keyOf(ctx, user.UserName, input.AccessKeyId);
    Reflect.deleteProperty(ctx.world.iam.accessKeys, key.AccessKeyId);
    return {};
  },
};
