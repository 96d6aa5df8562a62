/** Who makes a call: an IAM user, or a role (assumed by a person or by a service). */
export interface Principal {
  type: 'user' | 'role';
  accountId: string;
  name: string;
  /** The IAM ARN whose policies decide access (the user or the role). */
  arn: string;
  /** The ARN shown in logs and errors: `assumed-role/…/session` for roles. */
  callerArn: string;
}
