import type { World } from '../world';
import { IAM_ALLOWED_PRINCIPALS } from './state';

const ASSUMED_ROLE = /^arn:aws:sts::(\d{12}):assumed-role\/([^/]+)\/.+$/;
const IAM_ARN = /^arn:aws:iam::(\d{12}):(user|role)\/(.+)$/;

/**
 * The IAM ARN Lake Formation grants name for a caller: a user or role ARN; an assumed-role
 * session ARN maps to its role (LF: "an assumed-role session matches its role").
 */
export function lfPrincipalArn(world: World, principalArn: string): string {
  const session = ASSUMED_ROLE.exec(principalArn);
  if (!session) return principalArn;
  const [, accountId = '', roleName = ''] = session;
  return (
    world.iam.accounts[accountId]?.roles[roleName]?.Arn ??
    `arn:aws:iam::${accountId}:role/${roleName}`
  );
}

export function accountOfArn(arn: string): string {
  return /^arn:aws:[a-z]+::(\d{12}):/.exec(arn)?.[1] ?? '';
}

/** Every DataLakePrincipalIdentifier a grant may use to name this principal. */
export function granteeIdentifiers(world: World, principalArn: string): Set<string> {
  const arn = lfPrincipalArn(world, principalArn);
  const account = accountOfArn(arn);
  // LF principals: the IAM ARN, its account ID, <account>:IAMPrincipals and IAM_ALLOWED_PRINCIPALS.
  return new Set([arn, account, `${account}:IAMPrincipals`, IAM_ALLOWED_PRINCIPALS]);
}

/** Whether the principal is one of the data lake administrators in the settings. */
export function isDataLakeAdmin(world: World, principalArn: string): boolean {
  const admins = world.lakeformation?.settings.DataLakeAdmins ?? [];
  if (admins.length === 0) return false;
  return admins.includes(lfPrincipalArn(world, principalArn));
}

/** Whether an identifier is one LakeLab can name: an IAM user/role ARN, an account, or the IAM groups. */
export function isValidPrincipalIdentifier(identifier: string): boolean {
  return (
    identifier === IAM_ALLOWED_PRINCIPALS ||
    /^\d{12}$/.test(identifier) ||
    /^\d{12}:IAMPrincipals$/.test(identifier) ||
    IAM_ARN.test(identifier)
  );
}

/** A short label students read: `role/analyst`, `user/ana`, `IAMAllowedPrincipals`, `account 1111…`. */
export function principalLabel(identifier: string): string {
  if (identifier === IAM_ALLOWED_PRINCIPALS) return 'IAMAllowedPrincipals';
  const iam = IAM_ARN.exec(identifier);
  if (iam) return `${iam[2]}/${(iam[3] ?? '').split('/').pop() ?? ''}`;
  const session = ASSUMED_ROLE.exec(identifier);
  if (session) return `role/${session[2] ?? ''}`;
  if (/^\d{12}:IAMPrincipals$/.test(identifier))
    return `every IAM principal of account ${identifier.slice(0, 12)}`;
  if (/^\d{12}$/.test(identifier)) return `account ${identifier}`;
  return identifier;
}
