import type { ServiceModule } from '../core/operations';
import { CreateDatabase, DeleteDatabase, GetDatabase, GetDatabases, UpdateDatabase } from './databases';

export const glueService: ServiceModule = {
  name: 'glue',
  iamPrefix: 'glue',
  accessDeniedCode: 'AccessDeniedException',
  operations: { CreateDatabase, GetDatabase, GetDatabases, UpdateDatabase, DeleteDatabase },
};
