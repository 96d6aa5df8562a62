import type { OperationContext } from '../core/operations';
import { noSuchEntity } from './errors';
import { callerAccount } from './names';
import type { IamRole, IamUser } from './state';

// IAM: names of users, roles and policies are unique case-insensitively ("Bob" and "bob" cannot both exist).
export function findByName<T>(items: Record<string, T>, name: string): T | undefined {
  if (Object.hasOwn(items, name)) return items[name];
  const lower = name.toLowerCase();
  const key = Object.keys(items).find((k) => k.toLowerCase() === lower);
  return key === undefined ? undefined : items[key];
}

/** The named user of the caller's account, or NoSuchEntity. */
export function userOf(ctx: OperationContext, name: string | undefined): IamUser {
  const user = findByName(callerAccount(ctx).users, name ?? '');
  if (!user) throw noSuchEntity(`The user with name ${name ?? ''} cannot be found.`);
  return user;
}

/** The named role of the caller's account, or NoSuchEntity. */
export function roleOf(ctx: OperationContext, name: string | undefined): IamRole {
  const role = findByName(callerAccount(ctx).roles, name ?? '');
  if (!role) throw noSuchEntity(`The role with name ${name ?? ''} cannot be found.`);
  return role;
}

/** The user's public shape (IAM `User`). */
export function userOutput(user: IamUser) {
  const tags = user.Tags?.length ? { Tags: user.Tags } : {};
  return {
    Path: user.Path,
    UserName: user.UserName,
    UserId: user.UserId,
    Arn: user.Arn,
    CreateDate: new Date(user.CreateDate),
    ...tags,
  };
}

/** The role's public shape (IAM `Role`), its trust policy URL-encoded as IAM returns it. */
export function roleOutput(role: IamRole) {
  return {
    Path: role.Path,
    RoleName: role.RoleName,
    RoleId: role.RoleId,
    Arn: role.Arn,
    CreateDate: new Date(role.CreateDate),
    AssumeRolePolicyDocument: encodeURIComponent(role.AssumeRolePolicyDocument),
    ...(role.Description !== undefined ? { Description: role.Description } : {}),
    MaxSessionDuration: role.MaxSessionDuration ?? 3600,
    ...(role.Tags?.length ? { Tags: role.Tags } : {}),
  };
}
