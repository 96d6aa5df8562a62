import type { ServiceModule } from '../core/operations';
import {
  CreateDataCatalog,
  DeleteDataCatalog,
  GetDataCatalog,
  ListDataCatalogs,
} from './dataCatalogs';
import {
  BatchGetQueryExecution,
  GetQueryExecution,
  ListQueryExecutions,
  StartQueryExecution,
  StopQueryExecution,
} from './executions';
import { GetQueryResults } from './getResults';
import { GetDatabase, GetTableMetadata, ListDatabases, ListTableMetadata } from './metadata';
import {
  BatchGetNamedQuery,
  CreateNamedQuery,
  DeleteNamedQuery,
  GetNamedQuery,
  ListNamedQueries,
} from './namedQueries';
import {
  CreateWorkGroup,
  DeleteWorkGroup,
  GetWorkGroup,
  ListWorkGroups,
  UpdateWorkGroup,
} from './workgroups';

export const athenaService: ServiceModule = {
  name: 'athena',
  iamPrefix: 'athena',
  accessDeniedCode: 'AccessDeniedException',
  operations: {
    StartQueryExecution,
    GetQueryExecution,
    BatchGetQueryExecution,
    ListQueryExecutions,
    StopQueryExecution,
    GetQueryResults,
    CreateNamedQuery,
    GetNamedQuery,
    BatchGetNamedQuery,
    ListNamedQueries,
    DeleteNamedQuery,
    CreateWorkGroup,
    GetWorkGroup,
    ListWorkGroups,
    UpdateWorkGroup,
    DeleteWorkGroup,
    CreateDataCatalog,
    GetDataCatalog,
    ListDataCatalogs,
    DeleteDataCatalog,
    ListDatabases,
    GetDatabase,
    ListTableMetadata,
    GetTableMetadata,
  },
};
