import type {
  CreateUserRequest,
  DeleteUserRequest,
  GetUserRequest,
  ListUsersRequest,
} from '@aws-sdk/client-iam';
import { iamArn } from '../core/ids';
import type { OperationDef } from '../core/operations';
import { findByName, userOf, userOutput } from './entities';
import { deleteConflict, entityAlreadyExists, iamValidationError } from './errors';
import { checkTags, mergeTags } from './tags';
import { byName, callerAccount, checkIamName, checkIamPath, paginate, uniqueId } from './names';

const userArn = (accountId: string, name: string) => iamArn(accountId, 'user', name);

export const CreateUser: OperationDef<CreateUserRequest> = {
  authorize: (input, ctx) => [
    { action: 'iam:CreateUser', resource: userArn(ctx.principal.accountId, input.UserName ?? '') },
  ],
  run(input, ctx) {
    const name = checkIamName(input.UserName, 'userName', 64);
    const path = checkIamPath(input.Path);
    const account = callerAccount(ctx);
    if (findByName(account.users, name))
      throw entityAlreadyExists(`User with name ${name} already exists.`);
    const user = {
      UserName: name,
      UserId: uniqueId(ctx, 'AIDA'),
      Arn: iamArn(account.accountId, 'user', name, path),
      Path: path,
      CreateDate: ctx.now,
      inlinePolicies: {},
      attachedPolicies: [],
      Tags: mergeTags([], checkTags(input.Tags)),
    };
    account.users[name] = user;
    return { User: userOutput(user) };
  },
};

export const GetUser: OperationDef<GetUserRequest> = {
  authorize: (input, ctx) => [
    {
      action: 'iam:GetUser',
      resource: input.UserName
        ? userArn(ctx.principal.accountId, input.UserName)
        : ctx.principal.arn,
    },
  ],
  run(input, ctx) {
    // IAM: without UserName, GetUser describes the user whose access key signed the request.
    if (input.UserName === undefined) {
      if (ctx.principal.type !== 'user')
        throw iamValidationError('Must specify userName when calling with non-User credentials');
      return { User: userOutput(userOf(ctx, ctx.principal.name)) };
    }
    return { User: userOutput(userOf(ctx, input.UserName)) };
  },
};

export const ListUsers: OperationDef<ListUsersRequest> = {
  // IAM ListUsers supports no resource-level permissions: the resource is "*".
  authorize: () => [{ action: 'iam:ListUsers', resource: '*' }],
  run(input, ctx) {
    const prefix = input.PathPrefix ?? '/';
    const users = Object.values(callerAccount(ctx).users)
      .filter((u) => u.Path.startsWith(prefix))
      .sort(byName('UserName'));
    const { page, ...more } = paginate(users, input);
    return { Users: page.map(userOutput), ...more };
  },
};

export const DeleteUser: OperationDef<DeleteUserRequest> = {
  authorize: (input, ctx) => [
    { action: 'iam:DeleteUser', resource: userArn(ctx.principal.accountId, input.UserName ?? '') },
  ],
  run(input, ctx) {
    const user = userOf(ctx, input.UserName);
    const accountId = ctx.principal.accountId;
    // IAM: DeleteUser fails with DeleteConflict while the user has access keys, inline or attached policies.
    if (
      Object.values(ctx.world.iam.accessKeys).some(
        (k) => k.accountId === accountId && k.UserName === user.UserName,
      )
    )
      throw deleteConflict('Cannot delete entity, must delete access keys first.');
    if (Object.keys(user.inlinePolicies).length > 0)
      throw deleteConflict('Cannot delete entity, must delete policies first.');
    if (user.attachedPolicies.length > 0)
      throw deleteConflict('Cannot delete entity, must detach all policies first.');
    Reflect.deleteProperty(callerAccount(ctx).users, user.UserName);
    return {};
  },
};
