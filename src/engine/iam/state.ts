import { DEFAULT_ACCOUNT_ID, iamArn } from '../core/ids';

export interface IamUser {
  UserName: string;
  UserId: string;
  Arn: string;
  Path: string;
  CreateDate: number;
  /** Inline policies by name: the JSON policy document as written. */
  inlinePolicies: Record<string, string>;
  /** ARNs of attached managed policies (AWS managed or customer managed). */
  attachedPolicies: string[];
  Tags?: IamTag[];
}

export interface IamTag {
  Key: string;
  Value: string;
}

export interface IamRole {
  RoleName: string;
  RoleId: string;
  Arn: string;
  Path: string;
  CreateDate: number;
  Description?: string;
  AssumeRolePolicyDocument: string;
  /** Seconds (3600–43200); older worlds lack it and mean 3600. */
  MaxSessionDuration?: number;
  inlinePolicies: Record<string, string>;
  attachedPolicies: string[];
  Tags?: IamTag[];
}

export interface IamAccessKey {
  AccessKeyId: string;
  SecretAccessKey: string;
  accountId: string;
  UserName: string;
  Status: 'Active' | 'Inactive';
  CreateDate: number;
}

export interface IamManagedPolicy {
  PolicyName: string;
  PolicyId: string;
  Arn: string;
  Path: string;
  Description?: string;
  CreateDate: number;
  UpdateDate: number;
  DefaultVersionId: string;
  /** Versions by id (`v1`, `v2`…): the policy document. */
  versions: Record<string, { document: string; CreateDate: number }>;
}

export interface IamAccount {
  accountId: string;
  users: Record<string, IamUser>;
  roles: Record<string, IamRole>;
  /** Customer managed policies by ARN. */
  policies: Record<string, IamManagedPolicy>;
}

/** Temporary credentials STS issued for an assumed-role session. */
export interface IamRoleSession {
  AccessKeyId: string;
  SecretAccessKey: string;
  SessionToken: string;
  /** Simulated epoch milliseconds after which the credentials are expired. */
  Expiration: number;
  accountId: string;
  RoleName: string;
  RoleSessionName: string;
}

export interface IamState {
  accounts: Record<string, IamAccount>;
  /** Access keys by id, across accounts (an access key id names its account). */
  accessKeys: Record<string, IamAccessKey>;
  /** STS temporary credentials by access key id (`ASIA…`); worlds saved before STS lack it. */
  sessions?: Record<string, IamRoleSession>;
}

/** The AWS documentation's example credentials, given to the lab's administrator. */
export const ADMIN_USER_NAME = 'admin';
export const ADMIN_ACCESS_KEY_ID = 'AKIAIOSFODNN7EXAMPLE';
export const ADMIN_SECRET_ACCESS_KEY = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
export const ADMINISTRATOR_ACCESS_ARN = 'arn:aws:iam::aws:policy/AdministratorAccess';

export function emptyIamAccount(accountId: string): IamAccount {
  return { accountId, users: {}, roles: {}, policies: {} };
}

/** A new account holds one administrator user with AdministratorAccess and example keys. */
export function initialIamState(startMs: number, accountId = DEFAULT_ACCOUNT_ID): IamState {
  const account = emptyIamAccount(accountId);
  account.users[ADMIN_USER_NAME] = {
    UserName: ADMIN_USER_NAME,
    UserId: 'AIDAEXAMPLEADMIN00001',
    Arn: iamArn(accountId, 'user', ADMIN_USER_NAME),
    Path: '/',
    CreateDate: startMs,
    inlinePolicies: {},
    attachedPolicies: [ADMINISTRATOR_ACCESS_ARN],
  };
  return {
    accounts: { [accountId]: account },
    accessKeys: {
      [ADMIN_ACCESS_KEY_ID]: {
        AccessKeyId: ADMIN_ACCESS_KEY_ID,
        SecretAccessKey: ADMIN_SECRET_ACCESS_KEY,
        accountId,
        UserName: ADMIN_USER_NAME,
        Status: 'Active',
        CreateDate: startMs,
      },
    },
    sessions: {},
  };
}
