import type { ServiceModule } from '../core/operations';

export const dataSyncService: ServiceModule = {
  name: 'datasync',
  iamPrefix: 'datasync',
  accessDeniedCode: 'AccessDeniedException',
  operations: {},
};
