import type { ServiceModule } from '../core/operations';
import { CreateAccessKey, DeleteAccessKey, ListAccessKeys, UpdateAccessKey } from './accessKeys';
import {
  AttachRolePolicy,
  AttachUserPolicy,
  DetachRolePolicy,
  DetachUserPolicy,
  ListAttachedRolePolicies,
  ListAttachedUserPolicies,
} from './attachments';
import {
  DeleteRolePolicy,
  DeleteUserPolicy,
  GetRolePolicy,
  GetUserPolicy,
  ListRolePolicies,
  ListUserPolicies,
  PutRolePolicy,
  PutUserPolicy,
} from './inlinePolicies';
import {
  CreatePolicy,
  CreatePolicyVersion,
  DeletePolicy,
  DeletePolicyVersion,
  GetPolicy,
  GetPolicyVersion,
  ListPolicies,
  ListPolicyVersions,
} from './managedPolicyOps';
import { CreateRole, DeleteRole, GetRole, ListRoles, UpdateAssumeRolePolicy } from './roles';
import { SimulatePrincipalPolicy } from './simulate';
import { ListRoleTags, ListUserTags, TagRole, TagUser, UntagRole, UntagUser } from './tags';
import { CreateUser, DeleteUser, GetUser, ListUsers } from './users';

export const iamService: ServiceModule = {
  name: 'iam',
  iamPrefix: 'iam',
  accessDeniedCode: 'AccessDenied',
  operations: {
    CreateUser,
    GetUser,
    ListUsers,
    DeleteUser,
    CreateRole,
    GetRole,
    ListRoles,
    DeleteRole,
    UpdateAssumeRolePolicy,
    PutUserPolicy,
    GetUserPolicy,
    ListUserPolicies,
    DeleteUserPolicy,
    PutRolePolicy,
    GetRolePolicy,
    ListRolePolicies,
    DeleteRolePolicy,
    CreatePolicy,
    GetPolicy,
    GetPolicyVersion,
    ListPolicies,
    DeletePolicy,
    CreatePolicyVersion,
    ListPolicyVersions,
    DeletePolicyVersion,
    AttachUserPolicy,
    DetachUserPolicy,
    ListAttachedUserPolicies,
    AttachRolePolicy,
    DetachRolePolicy,
    ListAttachedRolePolicies,
    CreateAccessKey,
    ListAccessKeys,
    UpdateAccessKey,
    DeleteAccessKey,
    TagUser,
    UntagUser,
    ListUserTags,
    TagRole,
    UntagRole,
    ListRoleTags,
    SimulatePrincipalPolicy,
  },
};
