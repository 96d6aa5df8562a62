import type { ServiceModule } from '../core/operations';

export const dmsService: ServiceModule = {
  name: 'dms',
  iamPrefix: 'dms',
  accessDeniedCode: 'AccessDeniedException',
  operations: {},
};
