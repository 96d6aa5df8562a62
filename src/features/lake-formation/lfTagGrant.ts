import type { PrincipalResourcePermissions } from '@aws-sdk/client-lakeformation';

// LF "Valid permissions per resource": LF-Tag grants offered by the console's LF-Tag permissions page.
export const LF_TAG_PERMISSIONS = ['ASSOCIATE', 'DESCRIBE'];

/** A grant on one LF-Tag key: chosen values, or every value (`*`). */
export interface LfTagGrantDraft {
  principal: string;
  key: string;
  allValues: boolean;
  values: string[];
  permissions: string[];
  grantable: string[];
}

export const emptyLfTagDraft = (): LfTagGrantDraft => ({
  principal: '',
  key: '',
  allValues: false,
  values: [],
  permissions: [],
  grantable: [],
});

/** GrantPermissions input on Resource.LFTag (the grant option only on granted permissions). */
export function lfTagGrantInput(draft: LfTagGrantDraft) {
  const grantable = draft.grantable.filter((p) => draft.permissions.includes(p));
  return {
    Principal: { DataLakePrincipalIdentifier: draft.principal },
    Resource: { LFTag: { TagKey: draft.key, TagValues: draft.allValues ? ['*'] : draft.values } },
    Permissions: draft.permissions,
    ...(grantable.length ? { PermissionsWithGrantOption: grantable } : {}),
  };
}

/** Why the LF-Tag grant can't be made yet; undefined when it can. */
export function lfTagDraftProblem(draft: LfTagGrantDraft): string | undefined {
  if (!draft.principal) return 'Choose a principal.';
  if (!draft.key) return 'Choose an LF-Tag key.';
  if (!draft.allValues && draft.values.length === 0) return 'Choose values, or all values.';
  if (draft.permissions.length === 0) return 'Choose at least one permission.';
  return undefined;
}

/** The ListPermissions entries that are grants on LF-Tags. */
export function lfTagEntries(entries: PrincipalResourcePermissions[]) {
  return entries.filter((e) => e.Resource?.LFTag);
}
