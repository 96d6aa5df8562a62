import type { World } from '../../engine/world';

export interface PrincipalOption {
  arn: string;
  /** "analyst (IAM user)". */
  label: string;
}

/** The account's IAM users and roles, users first, each sorted by name. */
export function principalOptions(world: World, accountId: string): PrincipalOption[] {
  const account = world.iam.accounts[accountId];
  if (!account) return [];
  const users = Object.values(account.users)
    .map((u) => ({ arn: u.Arn, label: `${u.UserName} (IAM user)` }))
    .sort((a, b) => a.label.localeCompare(b.label));
  const roles = Object.values(account.roles)
    .map((r) => ({ arn: r.Arn, label: `${r.RoleName} (IAM role)` }))
    .sort((a, b) => a.label.localeCompare(b.label));
  return [...users, ...roles];
}

/** "arn:aws:iam::1:user/analyst" → "analyst (IAM user)"; IAM_ALLOWED_PRINCIPALS → "IAMAllowedPrincipals". */
export function principalText(identifier: string): string {
  if (identifier === 'IAM_ALLOWED_PRINCIPALS') return 'IAMAllowedPrincipals';
  const match = /:(user|role)\/(.+)$/.exec(identifier);
  if (!match) return identifier;
  return `${match[2]} (IAM ${match[1]})`;
}
