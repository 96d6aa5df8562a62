import { ADMIN_USER_NAME } from '../../engine/iam/state';
import { useLake } from '../../store';

/** "admin", "analyst", "role/GlueCrawlerRole" from an IAM or STS ARN. */
export function principalLabel(arn: string): string {
  const match = /:(user|role|assumed-role)\/(.+)$/.exec(arn);
  if (!match) return arn;
  const name = match[2]!.split('/').pop()!;
  return match[1] === 'user'
    ? name
    : `role/${match[1] === 'assumed-role' ? match[2]!.split('/')[0] : name}`;
}

/** The signed-in principal's ARN and the users and roles of the default account. */
export function usePrincipalChoices() {
  useLake((s) => s.version);
  const engine = useLake((s) => s.engine);
  const principal = useLake((s) => s.principal);
  const account = engine.world.iam.accounts[engine.accountId];
  const users = Object.values(account?.users ?? {}).sort((a, b) =>
    a.UserName.localeCompare(b.UserName),
  );
  const roles = Object.values(account?.roles ?? {}).sort((a, b) =>
    a.RoleName.localeCompare(b.RoleName),
  );
  const admin = account?.users[ADMIN_USER_NAME]?.Arn ?? '';
  return { current: principal ?? admin, users, roles };
}
