import type { ServiceModule } from '../core/operations';
import { GetDataAccess, GetTemporaryGlueTableCredentials } from './credentials';
import {
  CreateDataCellsFilter,
  DeleteDataCellsFilter,
  GetDataCellsFilter,
  ListDataCellsFilter,
  UpdateDataCellsFilter,
} from './dataFilters';
import { ListPermissions } from './listPermissions';
import { CreateLFTag, DeleteLFTag, GetLFTag, ListLFTags, UpdateLFTag } from './lfTags';
import { DeregisterResource, DescribeResource, ListResources, RegisterResource } from './locations';
import {
  BatchGrantPermissions,
  BatchRevokePermissions,
  GrantPermissions,
  RevokePermissions,
} from './permissions';
import { SearchDatabasesByLFTags, SearchTablesByLFTags } from './searchByTags';
import { GetDataLakePrincipal, GetDataLakeSettings, PutDataLakeSettings } from './settings';
import { AddLFTagsToResource, GetResourceLFTags, RemoveLFTagsFromResource } from './tagAssignments';

export const lakeFormationService: ServiceModule = {
  name: 'lakeformation',
  iamPrefix: 'lakeformation',
  accessDeniedCode: 'AccessDeniedException',
  operations: {
    GetDataLakePrincipal,
    GetDataLakeSettings,
    PutDataLakeSettings,
    RegisterResource,
    DeregisterResource,
    DescribeResource,
    ListResources,
    GrantPermissions,
    RevokePermissions,
    BatchGrantPermissions,
    BatchRevokePermissions,
    ListPermissions,
    CreateLFTag,
    UpdateLFTag,
    DeleteLFTag,
    GetLFTag,
    ListLFTags,
    AddLFTagsToResource,
    RemoveLFTagsFromResource,
    GetResourceLFTags,
    SearchDatabasesByLFTags,
    SearchTablesByLFTags,
    CreateDataCellsFilter,
    GetDataCellsFilter,
    ListDataCellsFilter,
    DeleteDataCellsFilter,
    UpdateDataCellsFilter,
    GetDataAccess,
    GetTemporaryGlueTableCredentials,
  },
};
