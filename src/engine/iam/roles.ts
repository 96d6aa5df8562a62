import type {
  CreateRoleRequest,
  DeleteRoleRequest,
  GetRoleRequest,
  ListRolesRequest,
  UpdateAssumeRolePolicyRequest,
} from '@aws-sdk/client-iam';
import { iamArn } from '../core/ids';
import type { OperationDef } from '../core/operations';
import { findByName, roleOf, roleOutput } from './entities';
import { deleteConflict, entityAlreadyExists, iamValidationError } from './errors';
import { checkTags, mergeTags } from './tags';
import { byName, callerAccount, checkIamName, checkIamPath, paginate, uniqueId } from './names';
import { parseTrustPolicy } from './trustPolicy';

const roleArn = (accountId: string, name: string) => iamArn(accountId, 'role', name);
const onRole =
  (action: string) => (input: { RoleName?: string }, ctx: { principal: { accountId: string } }) => [
    { action, resource: roleArn(ctx.principal.accountId, input.RoleName ?? '') },
  ];

// IAM: MaxSessionDuration is 3600–43200 seconds (default 3600).
function checkMaxSessionDuration(value: number | undefined): number {
  const seconds = value === undefined ? 3600 : Number(value);
  if (!Number.isInteger(seconds) || seconds < 3600 || seconds > 43200)
    throw iamValidationError(
      `1 validation error detected: Value '${String(value)}' at 'maxSessionDuration' failed to satisfy constraint: Member must have value between 3600 and 43200`,
    );
  return seconds;
}

export const CreateRole: OperationDef<CreateRoleRequest> = {
  authorize: onRole('iam:CreateRole'),
  run(input, ctx) {
    const name = checkIamName(input.RoleName, 'roleName', 64);
    const path = checkIamPath(input.Path);
    const document = input.AssumeRolePolicyDocument ?? '';
    parseTrustPolicy(document);
    const account = callerAccount(ctx);
    if (findByName(account.roles, name))
      throw entityAlreadyExists(`Role with name ${name} already exists.`);
    const role = {
      RoleName: name,
      RoleId: uniqueId(ctx, 'AROA'),
      Arn: iamArn(account.accountId, 'role', name, path),
      Path: path,
      CreateDate: ctx.now,
      AssumeRolePolicyDocument: document,
      MaxSessionDuration: checkMaxSessionDuration(input.MaxSessionDuration),
      inlinePolicies: {},
      attachedPolicies: [],
      Tags: mergeTags([], checkTags(input.Tags)),
      ...(input.Description !== undefined ? { Description: input.Description } : {}),
    };
    account.roles[name] = role;
    return { Role: roleOutput(role) };
  },
};

export const GetRole: OperationDef<GetRoleRequest> = {
  authorize: onRole('iam:GetRole'),
  run: (input, ctx) => ({ Role: roleOutput(roleOf(ctx, input.RoleName)) }),
};

export const ListRoles: OperationDef<ListRolesRequest> = {
  // IAM ListRoles supports no resource-level permissions: the resource is "*".
  authorize: () => [{ action: 'iam:ListRoles', resource: '*' }],
  run(input, ctx) {
    const prefix = input.PathPrefix ?? '/';
    const roles = Object.values(callerAccount(ctx).roles)
      .filter((r) => r.Path.startsWith(prefix))
      .sort(byName('RoleName'));
    const { page, ...more } = paginate(roles, input);
    return { Roles: page.map(roleOutput), ...more };
  },
};

export const DeleteRole: OperationDef<DeleteRoleRequest> = {
  authorize: onRole('iam:DeleteRole'),
  run(input, ctx) {
    const role = roleOf(ctx, input.RoleName);
    // IAM: DeleteRole fails with DeleteConflict while the role has inline or attached policies.
    if (Object.keys(role.inlinePolicies).length > 0)
      throw deleteConflict('Cannot delete entity, must delete policies first.');
    if (role.attachedPolicies.length > 0)
      throw deleteConflict('Cannot delete entity, must detach all policies first.');
    Reflect.deleteProperty(callerAccount(ctx).roles, role.RoleName);
    return {};
  },
};

export const UpdateAssumeRolePolicy: OperationDef<UpdateAssumeRolePolicyRequest> = {
  authorize: onRole('iam:UpdateAssumeRolePolicy'),
  run(input, ctx) {
    const role = roleOf(ctx, input.RoleName);
    const document = input.PolicyDocument ?? '';
    parseTrustPolicy(document);
    role.AssumeRolePolicyDocument = document;
    return {};
  },
};
