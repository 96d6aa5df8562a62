import {
  IAM_ALLOWED_PRINCIPALS,
  initialLakeFormationState,
  type LakeFormationState,
} from '../../engine/lakeformation/state';

type Settings = LakeFormationState['settings'];

const principal = (DataLakePrincipalIdentifier: string) => ({ DataLakePrincipalIdentifier });
const iamOnly = () => [{ Principal: principal(IAM_ALLOWED_PRINCIPALS), Permissions: ['ALL'] }];

/** The settings in force: a lab that never used Lake Formation has the account defaults. */
export function currentSettings(lf: LakeFormationState | undefined): Settings {
  return (lf ?? initialLakeFormationState()).settings;
}

/** Whether "Use only IAM access control" is ticked: IAMAllowedPrincipals gets ALL by default. */
export function usesIamOnly(defaults: Settings['CreateDatabaseDefaultPermissions']): boolean {
  return defaults.some(
    (d) =>
      d.Principal.DataLakePrincipalIdentifier === IAM_ALLOWED_PRINCIPALS &&
      d.Permissions.includes('ALL'),
  );
}

export interface SettingsChange {
  admins?: string[];
  iamOnlyDatabases?: boolean;
  iamOnlyTables?: boolean;
}

/** PutDataLakeSettings input: the whole settings object (the call replaces it), with one change. */
export function putSettingsInput(settings: Settings, change: SettingsChange) {
  const admins = change.admins ?? settings.DataLakeAdmins;
  const databases =
    change.iamOnlyDatabases ?? usesIamOnly(settings.CreateDatabaseDefaultPermissions);
  const tables = change.iamOnlyTables ?? usesIamOnly(settings.CreateTableDefaultPermissions);
  return {
    DataLakeSettings: {
      DataLakeAdmins: admins.map(principal),
      ReadOnlyAdmins: settings.ReadOnlyAdmins.map(principal),
      CreateDatabaseDefaultPermissions: databases ? iamOnly() : [],
      CreateTableDefaultPermissions: tables ? iamOnly() : [],
      Parameters: { ...settings.Parameters },
      TrustedResourceOwners: [...settings.TrustedResourceOwners],
    },
  };
}
