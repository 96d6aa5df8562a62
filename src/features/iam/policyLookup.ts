import { AWS_MANAGED_POLICIES } from '../../engine/iam/managedPolicies';
import type { IamAccount } from '../../engine/iam/state';

/** The name and current document of a managed policy (AWS managed or the account's own). */
export function managedPolicyInfo(
  account: IamAccount | undefined,
  arn: string,
): { name: string; document: string | undefined; isAwsManaged: boolean } {
  const aws = AWS_MANAGED_POLICIES[arn];
  if (aws) return { name: aws.PolicyName, document: aws.document, isAwsManaged: true };
  const own = account?.policies[arn];
  const name = own?.PolicyName ?? arn.split('/').pop() ?? arn;
  return { name, document: own?.versions[own.DefaultVersionId]?.document, isAwsManaged: false };
}
