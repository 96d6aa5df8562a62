import { AwsError } from '../core/errors';
import type { Principal } from '../core/principal';
import type { RequiredAccess } from '../core/operations';
import type { World } from '../world';
import { AWS_MANAGED_POLICIES } from './managedPolicies';
import {
  evaluatePoliciesIn,
  parsePolicyDocument,
  type Decision,
  type ParsedPolicy,
} from './policy';
import {
  ADMIN_USER_NAME,
  type IamAccount,
  type IamRole,
  type IamRoleSession,
  type IamUser,
} from './state';

function userPrincipal(user: IamUser, accountId: string): Principal {
  return { type: 'user', accountId, name: user.UserName, arn: user.Arn, callerArn: user.Arn };
}

function rolePrincipal(role: IamRole, accountId: string, session = 'lakelab'): Principal {
  return {
    type: 'role',
    accountId,
    name: role.RoleName,
    arn: role.Arn,
    callerArn: `arn:aws:sts::${accountId}:assumed-role/${role.RoleName}/${session}`,
  };
}

function unknownPrincipal(reference: string): AwsError {
  return new AwsError(
    'UnrecognizedClientException',
    `No IAM user, role or access key "${reference}" exists in this lab: create it with IAM first, or pick an existing principal.`,
    { statusCode: 403 },
  );
}

function accountOf(world: World, accountId: string): IamAccount {
  const account = world.iam.accounts[accountId];
  if (!account)
    throw new AwsError(
      'UnrecognizedClientException',
      `Account ${accountId} does not exist in this lab.`,
      { statusCode: 403 },
    );
  return account;
}

/**
 * Resolves who is calling: an IAM ARN (user, role or assumed-role), `user/name`, `role/name`,
 * an access key id, or a bare name (a user first, then a role). No reference: the administrator.
 */
export function resolvePrincipal(world: World, reference?: string): Principal {
  const defaultAccount = accountOf(world, world.defaultAccountId);
  if (reference === undefined || reference === '') {
    const admin = defaultAccount.users[ADMIN_USER_NAME];
    if (!admin) throw unknownPrincipal(ADMIN_USER_NAME);
    return userPrincipal(admin, defaultAccount.accountId);
  }
  const session = world.iam.sessions?.[reference];
  if (session) return sessionPrincipal(world, session);
  const key = world.iam.accessKeys[reference];
  if (key) {
    const user = accountOf(world, key.accountId).users[key.UserName];
    if (!user) throw unknownPrincipal(reference);
    return userPrincipal(user, key.accountId);
  }
  const arn = /^arn:aws:(iam|sts)::(\d{12}):(user|role|assumed-role)\/(.+)$/.exec(reference);
  if (arn) {
    const account = accountOf(world, arn[2]!);
    const rest = arn[4]!;
    if (arn[3] === 'user') {
      const user = account.users[rest.split('/').pop()!];
      if (user) return userPrincipal(user, account.accountId);
    } else if (arn[3] === 'role') {
      const role = account.roles[rest.split('/').pop()!];
      if (role) return rolePrincipal(role, account.accountId);
    } else {
      const [roleName, session] = rest.split('/');
      const role = account.roles[roleName ?? ''];
      if (role) return rolePrincipal(role, account.accountId, session);
    }
    throw unknownPrincipal(reference);
  }
  const short = /^(user|role)\/(.+)$/.exec(reference);
  if (short) {
    const found =
      short[1] === 'user' ? defaultAccount.users[short[2]!] : defaultAccount.roles[short[2]!];
    if (!found) throw unknownPrincipal(reference);
    return 'UserName' in found
      ? userPrincipal(found, defaultAccount.accountId)
      : rolePrincipal(found, defaultAccount.accountId);
  }
  const user = defaultAccount.users[reference];
  if (user) return userPrincipal(user, defaultAccount.accountId);
  const role = defaultAccount.roles[reference];
  if (role) return rolePrincipal(role, defaultAccount.accountId);
  throw unknownPrincipal(reference);
}

// STS: temporary credentials stop working at their Expiration ("The security token included in the request is expired").
function sessionPrincipal(world: World, session: IamRoleSession): Principal {
  if (world.clock.now >= session.Expiration)
    throw new AwsError('ExpiredToken', 'The security token included in the request is expired', {
      statusCode: 403,
    });
  const role = accountOf(world, session.accountId).roles[session.RoleName];
  if (!role) throw unknownPrincipal(session.AccessKeyId);
  return rolePrincipal(role, session.accountId, session.RoleSessionName);
}

// Parsed documents by document, then policy name. Keyed by the stored strings themselves, not a
// joined key: every call gathers its principal's policies, and joining a document copies it.
const parsedCache = new Map<string, Map<string, ParsedPolicy>>();

function parseCached(document: string, name: string): ParsedPolicy {
  let byName = parsedCache.get(document);
  if (!byName) {
    if (parsedCache.size > 500) parsedCache.clear();
    parsedCache.set(document, (byName = new Map()));
  }
  let parsed = byName.get(name);
  if (!parsed) byName.set(name, (parsed = parsePolicyDocument(document, name)));
  return parsed;
}

/** The document of a managed policy's default version, AWS managed or customer managed. */
export function managedPolicyDocument(
  world: World,
  accountId: string,
  arn: string,
): string | undefined {
  const aws = AWS_MANAGED_POLICIES[arn];
  if (aws) return aws.document;
  const policy = world.iam.accounts[accountId]?.policies[arn];
  return policy?.versions[policy.DefaultVersionId]?.document;
}

/** Every identity-based policy that applies to the principal: inline and attached. */
export function identityPolicies(world: World, principal: Principal): ParsedPolicy[] {
  const account = accountOf(world, principal.accountId);
  const entity =
    principal.type === 'user' ? account.users[principal.name] : account.roles[principal.name];
  if (!entity) return [];
  // Plain loops: every call gathers these again (DMS writes tens of thousands of objects a month).
  const policies: ParsedPolicy[] = [];
  const inline = entity.inlinePolicies;
  for (const name of Object.keys(inline)) policies.push(parseCached(inline[name]!, name));
  for (const arn of entity.attachedPolicies) {
    const document = managedPolicyDocument(world, principal.accountId, arn);
    if (document) policies.push(parseCached(document, arn.slice(arn.lastIndexOf('/') + 1)));
  }
  return policies;
}

/** IAM's decision for one access by one principal. */
/**
 * IAM's decisions for one principal: its policies and global condition keys are gathered
 * once, then each access is evaluated against them (an operation may check thousands).
 */
export function createDecider(
  world: World,
  principal: Principal,
): (access: RequiredAccess) => Decision {
  const base: Record<string, string> = {
    'aws:PrincipalArn': principal.arn,
    'aws:PrincipalAccount': principal.accountId,
  };
  // IAM global condition keys: aws:username exists only for IAM users; aws:PrincipalTag/<key> carries the user's or role's tags.
  if (principal.type === 'user') base['aws:username'] = principal.name;
  const account = world.iam.accounts[principal.accountId];
  const entity =
    principal.type === 'user' ? account?.users[principal.name] : account?.roles[principal.name];
  for (const tag of entity?.Tags ?? []) base[`aws:PrincipalTag/${tag.Key}`] = tag.Value;
  const policies = identityPolicies(world, principal);
  return (access) =>
    evaluatePoliciesIn(policies, access, access.context ? { ...base, ...access.context } : base);
}

/** IAM's decision for one access by one principal. */
export function decide(world: World, principal: Principal, access: RequiredAccess): Decision {
  return createDecider(world, principal)(access);
}

/** The message AWS gives for an IAM denial, naming the principal, action and resource. */
export function accessDeniedMessage(
  principal: Principal,
  access: RequiredAccess,
  decision: Decision,
): string {
  const why =
    decision.effect === 'Deny'
      ? `with an explicit deny in an identity-based policy (${decision.policy})`
      : `because no identity-based policy allows the ${access.action} action`;
  return `User: ${principal.callerArn} is not authorized to perform: ${access.action} on resource: ${access.resource} ${why}`;
}
