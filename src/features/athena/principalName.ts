/** "arn:aws:iam::111122223333:user/analyst" → "analyst (IAM user)"; none → the lab's admin user. */
export function principalName(arn: string | undefined): string {
  if (!arn) return 'admin (IAM user)';
  const match = /:(user|role|assumed-role)\/(.+)$/.exec(arn);
  if (!match) return arn;
  const kind = match[1] === 'user' ? 'IAM user' : 'IAM role';
  return `${match[2]!.split('/')[0]} (${kind})`;
}
