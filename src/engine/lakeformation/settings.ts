import type {
  DataLakePrincipal,
  GetDataLakePrincipalRequest,
  GetDataLakeSettingsRequest,
  PrincipalPermissions,
  PutDataLakeSettingsRequest,
} from '@aws-sdk/client-lakeformation';
import { invalidInput } from '../core/errors';
import type { OperationContext, OperationDef } from '../core/operations';
import { checkCatalog, lfOf, lfView } from './common';
import { isValidPrincipalIdentifier } from './principals';
import { IAM_ALLOWED_PRINCIPALS, type StoredPrincipalPermissions } from './state';

function principalsOut(ids: string[]): DataLakePrincipal[] {
  return ids.map((id) => ({ DataLakePrincipalIdentifier: id }));
}

function principalExists(ctx: OperationContext, arn: string): boolean {
  const match = /^arn:aws:iam::(\d{12}):(user|role)\/(?:.*\/)?([^/]+)$/.exec(arn);
  const account = match ? ctx.world.iam.accounts[match[1] ?? ''] : undefined;
  if (!match || !account) return false;
  return match[2] === 'user'
    ? Boolean(account.users[match[3] ?? ''])
    : Boolean(account.roles[match[3] ?? '']);
}

// LF: administrators are IAM users or roles (not IAMAllowedPrincipals, accounts or groups).
function adminsOf(
  ctx: OperationContext,
  list: DataLakePrincipal[] | undefined,
  field: string,
): string[] {
  return [
    ...new Set(
      (list ?? []).map((p) => {
        const id = p.DataLakePrincipalIdentifier ?? '';
        if (!isValidPrincipalIdentifier(id) || !id.startsWith('arn:') || !principalExists(ctx, id))
          throw invalidInput(`${field}: "${id}" is not an IAM user or role of this lab.`);
        return id;
      }),
    ),
  ];
}

// LF: the default permissions are an empty list (Lake Formation control) or ALL to IAM_ALLOWED_PRINCIPALS (IAM only).
function defaultsOf(
  list: PrincipalPermissions[] | undefined,
  field: string,
): StoredPrincipalPermissions[] {
  return (list ?? []).map((entry) => {
    const id = entry.Principal?.DataLakePrincipalIdentifier ?? '';
    const permissions = entry.Permissions ?? [];
    if (id !== IAM_ALLOWED_PRINCIPALS || permissions.length !== 1 || permissions[0] !== 'ALL')
      throw invalidInput(
        `${field} may only grant ALL to IAM_ALLOWED_PRINCIPALS ("Use only IAM access control"), or be empty.`,
      );
    return { Principal: { DataLakePrincipalIdentifier: id }, Permissions: ['ALL'] };
  });
}

export const GetDataLakeSettings: OperationDef<GetDataLakeSettingsRequest> = {
  run(input, ctx) {
    checkCatalog(ctx, input.CatalogId);
    const s = lfView(ctx).settings;
    return {
      DataLakeSettings: {
        DataLakeAdmins: principalsOut(s.DataLakeAdmins),
        ReadOnlyAdmins: principalsOut(s.ReadOnlyAdmins),
        CreateDatabaseDefaultPermissions: structuredClone(s.CreateDatabaseDefaultPermissions),
        CreateTableDefaultPermissions: structuredClone(s.CreateTableDefaultPermissions),
        Parameters: { ...s.Parameters },
        TrustedResourceOwners: [...s.TrustedResourceOwners],
        AllowExternalDataFiltering: false,
        AllowFullTableExternalDataAccess: false,
      },
    };
  },
};

export const PutDataLakeSettings: OperationDef<PutDataLakeSettingsRequest> = {
  run(input, ctx) {
    checkCatalog(ctx, input.CatalogId);
    const given = input.DataLakeSettings;
    if (!given) throw invalidInput('DataLakeSettings is required.');
    const state = lfOf(ctx);
    // PutDataLakeSettings replaces the whole settings object: a list left out becomes empty.
    state.settings = {
      DataLakeAdmins: adminsOf(ctx, given.DataLakeAdmins, 'DataLakeAdmins'),
      ReadOnlyAdmins: adminsOf(ctx, given.ReadOnlyAdmins, 'ReadOnlyAdmins'),
      CreateDatabaseDefaultPermissions: defaultsOf(
        given.CreateDatabaseDefaultPermissions,
        'CreateDatabaseDefaultPermissions',
      ),
      CreateTableDefaultPermissions: defaultsOf(
        given.CreateTableDefaultPermissions,
        'CreateTableDefaultPermissions',
      ),
      Parameters: { ...(given.Parameters ?? {}) },
      TrustedResourceOwners: [...(given.TrustedResourceOwners ?? [])],
    };
    return {};
  },
};

/** The caller's identity as Lake Formation sees it. */
export const GetDataLakePrincipal: OperationDef<GetDataLakePrincipalRequest> = {
  run: (_input, ctx) => ({ Identity: ctx.principal.callerArn }),
};
