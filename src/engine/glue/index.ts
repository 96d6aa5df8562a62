import type { ServiceModule } from '../core/operations';
import { CreateClassifier, DeleteClassifier, GetClassifier, GetClassifiers, UpdateClassifier } from './classifiers';
import { CreateDatabase, DeleteDatabase, GetDatabase, GetDatabases, UpdateDatabase } from './databases';

export const glueService: ServiceModule = {
  name: 'glue',
  iamPrefix: 'glue',
  accessDeniedCode: 'AccessDeniedException',
  operations: { CreateDatabase, GetDatabase, GetDatabases, UpdateDatabase, DeleteDatabase,
    CreateClassifier, GetClassifier, GetClassifiers, UpdateClassifier, DeleteClassifier,
  },
};
