import type { OperationContext } from '../core/operations';
import { noSuchEntity } from './errors';
import { AWS_MANAGED_POLICIES, type AwsManagedPolicy } from './managedPolicies';
import { callerAccount, encodeDocument } from './names';
import type { IamAccount, IamManagedPolicy } from './state';

/** AWS managed policies show one version, v1, and a fixed creation date in LakeLab. */
const AWS_POLICY_DATE = Date.UTC(2015, 1, 6, 18, 39, 46);

/** A stable policy id for an AWS managed policy, derived from its name. */
function awsPolicyId(name: string): string {
  let h = 2166136261;
  let id = 'ANPA';
  for (let i = 0; id.length < 21; i++) {
    h = Math.imul(h ^ name.charCodeAt(i % name.length) ^ i, 16777619) >>> 0;
    id += 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'[h % 32];
  }
  return id;
}

export type AnyManagedPolicy =
  { kind: 'aws'; policy: AwsManagedPolicy } | { kind: 'local'; policy: IamManagedPolicy };

export function findManagedPolicy(
  ctx: OperationContext,
  arn: string | undefined,
): AnyManagedPolicy | undefined {
  const aws = arn ? AWS_MANAGED_POLICIES[arn] : undefined;
  if (aws) return { kind: 'aws', policy: aws };
  const local = arn ? callerAccount(ctx).policies[arn] : undefined;
  return local ? { kind: 'local', policy: local } : undefined;
}

/** The managed policy (AWS or customer managed), or NoSuchEntity. */
export function managedPolicyOf(ctx: OperationContext, arn: string | undefined): AnyManagedPolicy {
  const found = findManagedPolicy(ctx, arn);
  if (!found) throw noSuchEntity(`Policy ${arn ?? ''} was not found.`);
  return found;
}

export function attachmentCount(account: IamAccount, arn: string): number {
  const entities = [...Object.values(account.users), ...Object.values(account.roles)];
  return entities.filter((e) => e.attachedPolicies.includes(arn)).length;
}

/** The IAM `Policy` shape. */
export function policyOutput(account: IamAccount, found: AnyManagedPolicy) {
  if (found.kind === 'aws') {
    const p = found.policy;
    const path = p.Arn.slice('arn:aws:iam::aws:policy'.length, p.Arn.length - p.PolicyName.length);
    return {
      PolicyName: p.PolicyName,
      PolicyId: awsPolicyId(p.PolicyName),
      Arn: p.Arn,
      Path: path,
      DefaultVersionId: 'v1',
      AttachmentCount: attachmentCount(account, p.Arn),
      PermissionsBoundaryUsageCount: 0,
      IsAttachable: true,
      Description: p.Description,
      CreateDate: new Date(AWS_POLICY_DATE),
      UpdateDate: new Date(AWS_POLICY_DATE),
    };
  }
  const p = found.policy;
  return {
    PolicyName: p.PolicyName,
    PolicyId: p.PolicyId,
    Arn: p.Arn,
    Path: p.Path,
    DefaultVersionId: p.DefaultVersionId,
    AttachmentCount: attachmentCount(account, p.Arn),
    PermissionsBoundaryUsageCount: 0,
    IsAttachable: true,
    ...(p.Description !== undefined ? { Description: p.Description } : {}),
    CreateDate: new Date(p.CreateDate),
    UpdateDate: new Date(p.UpdateDate),
  };
}

/** The IAM `PolicyVersion` shape, the document URL-encoded as IAM returns it. */
export function versionOutput(found: AnyManagedPolicy, versionId: string) {
  if (found.kind === 'aws') {
    if (versionId !== 'v1')
      throw noSuchEntity(
        `Policy ${found.policy.Arn} version ${versionId} does not exist or is not attachable.`,
      );
    return {
      Document: encodeDocument(found.policy.document),
      VersionId: 'v1',
      IsDefaultVersion: true,
      CreateDate: new Date(AWS_POLICY_DATE),
    };
  }
  const version = Object.hasOwn(found.policy.versions, versionId)
    ? found.policy.versions[versionId]
    : undefined;
  if (!version)
    throw noSuchEntity(
      `Policy ${found.policy.Arn} version ${versionId} does not exist or is not attachable.`,
    );
  return {
    Document: encodeDocument(version.document),
    VersionId: versionId,
    IsDefaultVersion: versionId === found.policy.DefaultVersionId,
    CreateDate: new Date(version.CreateDate),
  };
}
