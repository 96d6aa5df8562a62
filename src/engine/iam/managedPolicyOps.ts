import type {
  CreatePolicyRequest,
  CreatePolicyVersionRequest,
  DeletePolicyRequest,
  DeletePolicyVersionRequest,
  GetPolicyRequest,
  GetPolicyVersionRequest,
  ListPoliciesRequest,
  ListPolicyVersionsRequest,
} from '@aws-sdk/client-iam';
import { iamArn } from '../core/ids';
import type { OperationContext, OperationDef } from '../core/operations';
import {
  deleteConflict,
  entityAlreadyExists,
  iamValidationError,
  invalidInput,
  limitExceeded,
} from './errors';
import { AWS_MANAGED_POLICIES } from './managedPolicies';
import {
  attachmentCount,
  managedPolicyOf,
  policyOutput,
  versionOutput,
} from './managedPolicyLookup';
import { byName, callerAccount, checkIamName, checkIamPath, paginate, uniqueId } from './names';
import { checkIdentityPolicy } from './policyDocuments';
import type { IamManagedPolicy } from './state';

const withoutDocument = ({ Document: _document, ...rest }: ReturnType<typeof versionOutput>) =>
  rest;

const onPolicy = (action: string) => (input: { PolicyArn?: string }) => [
  { action, resource: input.PolicyArn ?? '' },
];

// IAM quota: a customer managed policy document holds at most 6,144 characters (whitespace excluded).
function checkManagedDocument(document: string | undefined): string {
  const text = document ?? '';
  checkIdentityPolicy(text);
  if (text.replace(/\s/g, '').length > 6144)
    throw limitExceeded('Cannot exceed quota for PolicySize: 6144');
  return text;
}

function localPolicyOf(ctx: OperationContext, arn: string | undefined): IamManagedPolicy {
  const found = managedPolicyOf(ctx, arn);
  if (found.kind === 'aws')
    throw invalidInput(
      `${found.policy.Arn} is an AWS managed policy: AWS maintains its versions, you cannot change or delete them.`,
    );
  return found.policy;
}

export const CreatePolicy: OperationDef<CreatePolicyRequest> = {
  authorize: (input, ctx) => [
    {
      action: 'iam:CreatePolicy',
      resource: iamArn(
        ctx.principal.accountId,
        'policy',
        input.PolicyName ?? '',
        input.Path ?? '/',
      ),
    },
  ],
  run(input, ctx) {
    const name = checkIamName(input.PolicyName, 'policyName', 128);
    const path = checkIamPath(input.Path);
    const document = checkManagedDocument(input.PolicyDocument);
    const account = callerAccount(ctx);
    const arn = iamArn(account.accountId, 'policy', name, path);
    if (
      Object.values(account.policies).some(
        (p) => p.PolicyName.toLowerCase() === name.toLowerCase() && p.Path === path,
      )
    )
      throw entityAlreadyExists(
        `A policy called ${name} already exists. Duplicate names are not allowed.`,
      );
    const policy: IamManagedPolicy = {
      PolicyName: name,
      PolicyId: uniqueId(ctx, 'ANPA'),
      Arn: arn,
      Path: path,
      CreateDate: ctx.now,
      UpdateDate: ctx.now,
      DefaultVersionId: 'v1',
      versions: { v1: { document, CreateDate: ctx.now } },
      ...(input.Description !== undefined ? { Description: input.Description } : {}),
    };
    account.policies[arn] = policy;
    return { Policy: policyOutput(account, { kind: 'local', policy }) };
  },
};

export const GetPolicy: OperationDef<GetPolicyRequest> = {
  authorize: onPolicy('iam:GetPolicy'),
  run: (input, ctx) => ({
    Policy: policyOutput(callerAccount(ctx), managedPolicyOf(ctx, input.PolicyArn)),
  }),
};

export const GetPolicyVersion: OperationDef<GetPolicyVersionRequest> = {
  authorize: onPolicy('iam:GetPolicyVersion'),
  run: (input, ctx) => ({
    PolicyVersion: versionOutput(managedPolicyOf(ctx, input.PolicyArn), input.VersionId ?? ''),
  }),
};

export const ListPolicies: OperationDef<ListPoliciesRequest> = {
  authorize: () => [{ action: 'iam:ListPolicies', resource: '*' }],
  run(input, ctx) {
    const scope = input.Scope ?? 'All';
    if (!['All', 'AWS', 'Local'].includes(scope))
      throw iamValidationError(
        `1 validation error detected: Value '${scope}' at 'scope' failed to satisfy constraint: Member must satisfy enum value set: [All, AWS, Local]`,
      );
    const account = callerAccount(ctx);
    const aws =
      scope === 'Local'
        ? []
        : Object.values(AWS_MANAGED_POLICIES).map((policy) =>
            policyOutput(account, { kind: 'aws', policy }),
          );
    const local =
      scope === 'AWS'
        ? []
        : Object.values(account.policies).map((policy) =>
            policyOutput(account, { kind: 'local', policy }),
          );
    const prefix = input.PathPrefix ?? '/';
    const all = [...aws, ...local]
      .filter((p) => p.Path.startsWith(prefix) && (!input.OnlyAttached || p.AttachmentCount > 0))
      .sort(byName('PolicyName'));
    const { page, ...more } = paginate(all, input);
    return { Policies: page, ...more };
  },
};

export const DeletePolicy: OperationDef<DeletePolicyRequest> = {
  authorize: onPolicy('iam:DeletePolicy'),
  run(input, ctx) {
    const policy = localPolicyOf(ctx, input.PolicyArn);
    const account = callerAccount(ctx);
    // IAM: a managed policy must be detached from every identity and have no non-default versions before DeletePolicy.
    if (attachmentCount(account, policy.Arn) > 0)
      throw deleteConflict('Cannot delete a policy attached to entities.');
    if (Object.keys(policy.versions).length > 1)
      throw deleteConflict(
        "This policy has more than one version. Before you delete a policy, you must delete the policy's versions. The default version is deleted with the policy.",
      );
    Reflect.deleteProperty(account.policies, policy.Arn);
    return {};
  },
};

export const CreatePolicyVersion: OperationDef<CreatePolicyVersionRequest> = {
  authorize: onPolicy('iam:CreatePolicyVersion'),
  run(input, ctx) {
    const policy = localPolicyOf(ctx, input.PolicyArn);
    const document = checkManagedDocument(input.PolicyDocument);
    // IAM quota: at most five versions of a managed policy.
    if (Object.keys(policy.versions).length >= 5)
      throw limitExceeded(
        'A managed policy can have up to 5 versions. Before you create a new version, you must delete an existing version.',
      );
    const number = Math.max(...Object.keys(policy.versions).map((v) => Number(v.slice(1)))) + 1;
    const versionId = `v${number}`;
    policy.versions[versionId] = { document, CreateDate: ctx.now };
    if (input.SetAsDefault === true || String(input.SetAsDefault) === 'true')
      policy.DefaultVersionId = versionId;
    policy.UpdateDate = ctx.now;
    return { PolicyVersion: withoutDocument(versionOutput({ kind: 'local', policy }, versionId)) };
  },
};

export const ListPolicyVersions: OperationDef<ListPolicyVersionsRequest> = {
  authorize: onPolicy('iam:ListPolicyVersions'),
  run(input, ctx) {
    const found = managedPolicyOf(ctx, input.PolicyArn);
    const ids =
      found.kind === 'aws'
        ? ['v1']
        : Object.keys(found.policy.versions).sort(
            (a, b) => Number(b.slice(1)) - Number(a.slice(1)),
          );
    const { page, ...more } = paginate(ids, input);
    return { Versions: page.map((id) => withoutDocument(versionOutput(found, id))), ...more };
  },
};

export const DeletePolicyVersion: OperationDef<DeletePolicyVersionRequest> = {
  authorize: onPolicy('iam:DeletePolicyVersion'),
  run(input, ctx) {
    const policy = localPolicyOf(ctx, input.PolicyArn);
    const versionId = input.VersionId ?? '';
    versionOutput({ kind: 'local', policy }, versionId);
    if (versionId === policy.DefaultVersionId)
      throw deleteConflict(
        'Cannot delete the default version of a policy: make another version the default first.',
      );
    Reflect.deleteProperty(policy.versions, versionId);
    return {};
  },
};
