import type { OperationContext, OperationDef } from '../core/operations';
import { iamArn } from '../core/ids';
import { roleOf, userOf } from './entities';
import { limitExceeded, noSuchEntity } from './errors';
import { findManagedPolicy } from './managedPolicyLookup';
import { paginate } from './names';
import type { IamRole, IamUser } from './state';

type Kind = 'User' | 'Role';
type Input = {
  UserName?: string;
  RoleName?: string;
  PolicyArn?: string;
  PathPrefix?: string;
  Marker?: string;
  MaxItems?: number;
};

// IAM quota: 10 managed policies attached per user or role (the default; raisable to 20).
const ATTACHED_LIMIT = 10;

const entityOf = (kind: Kind, ctx: OperationContext, input: Input): IamUser | IamRole =>
  kind === 'User' ? userOf(ctx, input.UserName) : roleOf(ctx, input.RoleName);

const onEntity = (kind: Kind, action: string) => (input: Input, ctx: OperationContext) => [
  {
    action: `iam:${action}`,
    resource: iamArn(
      ctx.principal.accountId,
      kind === 'User' ? 'user' : 'role',
      (kind === 'User' ? input.UserName : input.RoleName) ?? '',
    ),
  },
];

function attach(kind: Kind): OperationDef<Input> {
  return {
    authorize: onEntity(kind, `Attach${kind}Policy`),
    run(input, ctx) {
      const entity = entityOf(kind, ctx, input);
      const arn = input.PolicyArn ?? '';
      if (!findManagedPolicy(ctx, arn))
        throw noSuchEntity(`Policy ${arn} does not exist or is not attachable.`);
      if (entity.attachedPolicies.includes(arn)) return {};
      if (entity.attachedPolicies.length >= ATTACHED_LIMIT)
        throw limitExceeded(`Cannot exceed quota for PoliciesPer${kind}: ${ATTACHED_LIMIT}`);
      entity.attachedPolicies.push(arn);
      return {};
    },
  };
}

function detach(kind: Kind): OperationDef<Input> {
  return {
    authorize: onEntity(kind, `Detach${kind}Policy`),
    run(input, ctx) {
      const entity = entityOf(kind, ctx, input);
      const arn = input.PolicyArn ?? '';
      if (!entity.attachedPolicies.includes(arn))
        throw noSuchEntity(`Policy ${arn} was not found.`);
      entity.attachedPolicies = entity.attachedPolicies.filter((a) => a !== arn);
      return {};
    },
  };
}

function listAttached(kind: Kind): OperationDef<Input> {
  return {
    authorize: onEntity(kind, `ListAttached${kind}Policies`),
    run(input, ctx) {
      const entity = entityOf(kind, ctx, input);
      const prefix = input.PathPrefix ?? '/';
      const policies = entity.attachedPolicies
        .map((arn) => ({
          PolicyName: arn.split('/').pop()!,
          PolicyArn: arn,
          path: arn.replace(/^arn:aws:iam::[^:]+:policy/, '').replace(/[^/]*$/, ''),
        }))
        .filter((p) => p.path.startsWith(prefix))
        .map(({ PolicyName, PolicyArn }) => ({ PolicyName, PolicyArn }));
      const { page, ...more } = paginate(policies, input);
      return { AttachedPolicies: page, ...more };
    },
  };
}

export const AttachUserPolicy = attach('User');
export const DetachUserPolicy = detach('User');
export const ListAttachedUserPolicies = listAttached('User');
export const AttachRolePolicy = attach('Role');
export const DetachRolePolicy = detach('Role');
export const ListAttachedRolePolicies = listAttached('Role');
