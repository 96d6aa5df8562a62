import type { OperationContext, OperationDef } from '../core/operations';
import { iamArn } from '../core/ids';
import { roleOf, userOf } from './entities';
import { limitExceeded, noSuchEntity } from './errors';
import { checkIamName, encodeDocument, paginate } from './names';
import { checkIdentityPolicy } from './policyDocuments';
import type { IamRole, IamUser } from './state';

type Kind = 'User' | 'Role';
type Entity = IamUser | IamRole;
type Input = {
  UserName?: string;
  RoleName?: string;
  PolicyName?: string;
  PolicyDocument?: string;
  Marker?: string;
  MaxItems?: number;
};

// IAM quotas: inline policies total at most 2,048 characters per user and 10,240 per role (whitespace excluded).
const INLINE_SIZE_LIMIT: Record<Kind, number> = { User: 2048, Role: 10240 };

const entityName = (kind: Kind, input: Input) =>
  kind === 'User' ? input.UserName : input.RoleName;
const entityOf = (kind: Kind, ctx: OperationContext, input: Input): Entity =>
  kind === 'User' ? userOf(ctx, input.UserName) : roleOf(ctx, input.RoleName);
const nameOf = (entity: Entity) => ('UserName' in entity ? entity.UserName : entity.RoleName);

const onEntity = (kind: Kind, verb: string) => (input: Input, ctx: OperationContext) => [
  {
    action: `iam:${verb}${kind}Polic${verb === 'List' ? 'ies' : 'y'}`,
    resource: iamArn(
      ctx.principal.accountId,
      kind === 'User' ? 'user' : 'role',
      entityName(kind, input) ?? '',
    ),
  },
];

function put(kind: Kind): OperationDef<Input> {
  return {
    authorize: onEntity(kind, 'Put'),
    run(input, ctx) {
      const entity = entityOf(kind, ctx, input);
      const policyName = checkIamName(input.PolicyName, 'policyName', 128);
      const document = input.PolicyDocument ?? '';
      checkIdentityPolicy(document);
      const others = Object.entries(entity.inlinePolicies)
        .filter(([n]) => n !== policyName)
        .map(([, d]) => d);
      const size = [...others, document].reduce(
        (total, d) => total + d.replace(/\s/g, '').length,
        0,
      );
      if (size > INLINE_SIZE_LIMIT[kind])
        throw limitExceeded(
          `Maximum policy size of ${INLINE_SIZE_LIMIT[kind]} bytes exceeded for ${kind.toLowerCase()} ${nameOf(entity)}`,
        );
      entity.inlinePolicies[policyName] = document;
      return {};
    },
  };
}

function get(kind: Kind): OperationDef<Input> {
  return {
    authorize: onEntity(kind, 'Get'),
    run(input, ctx) {
      const entity = entityOf(kind, ctx, input);
      const name = input.PolicyName ?? '';
      const document = Object.hasOwn(entity.inlinePolicies, name)
        ? entity.inlinePolicies[name]
        : undefined;
      if (document === undefined)
        throw noSuchEntity(`The ${kind.toLowerCase()} policy with name ${name} cannot be found.`);
      return {
        [`${kind}Name`]: nameOf(entity),
        PolicyName: name,
        PolicyDocument: encodeDocument(document),
      };
    },
  };
}

function list(kind: Kind): OperationDef<Input> {
  return {
    authorize: onEntity(kind, 'List'),
    run(input, ctx) {
      const entity = entityOf(kind, ctx, input);
      const { page, ...more } = paginate(Object.keys(entity.inlinePolicies).sort(), input);
      return { PolicyNames: page, ...more };
    },
  };
}

function remove(kind: Kind): OperationDef<Input> {
  return {
    authorize: onEntity(kind, 'Delete'),
    run(input, ctx) {
      const entity = entityOf(kind, ctx, input);
      const name = input.PolicyName ?? '';
      if (!Object.hasOwn(entity.inlinePolicies, name))
        throw noSuchEntity(`The ${kind.toLowerCase()} policy with name ${name} cannot be found.`);
      Reflect.deleteProperty(entity.inlinePolicies, name);
      return {};
    },
  };
}

export const PutUserPolicy = put('User');
export const GetUserPolicy = get('User');
export const ListUserPolicies = list('User');
export const DeleteUserPolicy = remove('User');
export const PutRolePolicy = put('Role');
export const GetRolePolicy = get('Role');
export const ListRolePolicies = list('Role');
export const DeleteRolePolicy = remove('Role');
