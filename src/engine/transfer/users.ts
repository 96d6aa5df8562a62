import type {
  CreateUserRequest,
  DeleteUserRequest,
  DescribeUserRequest,
  ListUsersRequest,
  UpdateUserRequest,
} from '@aws-sdk/client-transfer';
import type { OperationDef, RequiredAccess } from '../core/operations';
import { exists, invalidRequest, notFound, serverOf } from './servers';
import { page } from './paging';
import { addSshKey } from './sshKeys';
import { mergeTags } from './tags';
import type { StoredServer, StoredUser } from './state';

export function userOf(server: StoredServer, userName: string | undefined): StoredUser {
  const user = server.users[userName ?? ''];
  if (!user) throw notFound(userName ?? '', 'User');
  return user;
}

function checkRole(role: string | undefined): string {
  if (!role || !/^arn:aws[\w-]*:iam::\d{12}:role\/.+/.test(role))
    throw invalidRequest(
      'Role must be the ARN of an IAM role that gives the user access to the bucket.',
    );
  return role;
}

/** CreateUser Policy: a session policy document of up to 2048 characters. */
function checkPolicy(policy: string): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(policy);
  } catch {
    parsed = undefined;
  }
  if (policy.length > 2048 || typeof parsed !== 'object' || parsed === null)
    throw invalidRequest('Policy must be a JSON session policy document of up to 2048 characters.');
  return policy;
}

function checkHome(
  input: Pick<CreateUserRequest, 'HomeDirectoryType' | 'HomeDirectory' | 'HomeDirectoryMappings'>,
): Pick<StoredUser, 'HomeDirectoryType' | 'HomeDirectory' | 'HomeDirectoryMappings'> {
  const type = input.HomeDirectoryType ?? 'PATH';
  if (type !== 'PATH' && type !== 'LOGICAL')
    throw invalidRequest(`HomeDirectoryType must be PATH or LOGICAL, not ${type}.`);
  if (input.HomeDirectory !== undefined && !input.HomeDirectory.startsWith('/'))
    throw invalidRequest(
      `HomeDirectory ${input.HomeDirectory} must be an absolute path such as /bucket/prefix.`,
    );
  // HomeDirectoryMappings apply only to LOGICAL home directories; a LOGICAL user needs them (API_CreateUser).
  if (type === 'LOGICAL' && !input.HomeDirectoryMappings?.length)
    throw invalidRequest(
      'A LOGICAL home directory needs HomeDirectoryMappings (Entry and Target pairs).',
    );
  if (type === 'PATH' && input.HomeDirectoryMappings?.length)
    throw invalidRequest(
      'HomeDirectoryMappings can only be used when HomeDirectoryType is LOGICAL.',
    );
  for (const m of input.HomeDirectoryMappings ?? [])
    if (!m.Entry?.startsWith('/') || !m.Target?.startsWith('/'))
      throw invalidRequest(
        'Each HomeDirectoryMappings entry needs an absolute Entry and a Target like /bucket/prefix.',
      );
  return {
    HomeDirectoryType: type,
    ...(input.HomeDirectory !== undefined ? { HomeDirectory: input.HomeDirectory } : {}),
    ...(input.HomeDirectoryMappings ? { HomeDirectoryMappings: input.HomeDirectoryMappings } : {}),
  };
}

/** Transfer Family acts as the user's role, so giving a user a role needs iam:PassRole on it. */
const passingRole =
  (action: string) =>
  (input: { Role?: string | undefined }): RequiredAccess[] => [
    { action, resource: '*' },
    ...(input.Role ? [{ action: 'iam:PassRole', resource: input.Role }] : []),
  ];

export const CreateUser: OperationDef<CreateUserRequest> = {
  authorize: passingRole('transfer:CreateUser'),
  run(input, ctx) {
    const server = serverOf(ctx, input.ServerId);
    if (!input.UserName || !/^[\w][\w@.-]{2,99}$/.test(input.UserName))
      throw invalidRequest(
        'UserName must be 3 to 100 characters: letters, digits, underscore, hyphen, period and at sign.',
      );
    const Role = checkRole(input.Role);
    if (server.users[input.UserName])
      throw exists(input.UserName, 'User', `User already exists: ${input.UserName}`);
    const user: StoredUser = {
      UserName: input.UserName,
      Arn: `${server.Arn.replace(':server/', ':user/')}/${input.UserName}`,
      Role,
      ...checkHome(input),
      ...(input.Tags?.length ? { Tags: mergeTags([], input.Tags) } : {}),
      ...(input.Policy ? { Policy: checkPolicy(input.Policy) } : {}),
    };
    // CreateUser SshPublicKeyBody: the user's first public key, listed by DescribeUser.
    if (input.SshPublicKeyBody) addSshKey(ctx, user, input.SshPublicKeyBody);
    server.users[input.UserName] = user;
    return { ServerId: server.ServerId, UserName: input.UserName };
  },
};

export const UpdateUser: OperationDef<UpdateUserRequest> = {
  authorize: passingRole('transfer:UpdateUser'),
  run(input, ctx) {
    const server = serverOf(ctx, input.ServerId);
    const user = userOf(server, input.UserName);
    if (input.Role !== undefined) user.Role = checkRole(input.Role);
    if (input.Policy !== undefined) user.Policy = checkPolicy(input.Policy);
    const home = checkHome({
      HomeDirectoryType: input.HomeDirectoryType ?? user.HomeDirectoryType,
      HomeDirectory: input.HomeDirectory ?? user.HomeDirectory,
      HomeDirectoryMappings: input.HomeDirectoryMappings ?? user.HomeDirectoryMappings,
    });
    delete user.HomeDirectory;
    delete user.HomeDirectoryMappings;
    Object.assign(user, home);
    return { ServerId: server.ServerId, UserName: user.UserName };
  },
};

export const DescribeUser: OperationDef<DescribeUserRequest> = {
  run(input, ctx) {
    const server = serverOf(ctx, input.ServerId);
    const user = userOf(server, input.UserName);
    const SshPublicKeys = (user.SshPublicKeys ?? []).map((k) => ({
      ...k,
      DateImported: new Date(k.DateImported),
    }));
    return { ServerId: server.ServerId, User: { ...user, SshPublicKeys } };
  },
};

export const ListUsers: OperationDef<ListUsersRequest> = {
  run(input, ctx) {
    const server = serverOf(ctx, input.ServerId);
    const all = Object.values(server.users).map((u) => ({
      Arn: u.Arn,
      UserName: u.UserName,
      Role: u.Role,
      HomeDirectoryType: u.HomeDirectoryType,
      HomeDirectory: u.HomeDirectory,
      SshPublicKeyCount: u.SshPublicKeys?.length ?? 0,
    }));
    const { page: Users, NextToken } = page(all, input);
    return { ServerId: server.ServerId, Users, NextToken };
  },
};

export const DeleteUser: OperationDef<DeleteUserRequest> = {
  run(input, ctx) {
    const server = serverOf(ctx, input.ServerId);
    const user = userOf(server, input.UserName);
    Reflect.deleteProperty(server.users, user.UserName);
    return {};
  },
};
