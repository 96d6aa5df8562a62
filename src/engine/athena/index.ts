import type { ServiceModule } from '../core/operations';

export const athenaService: ServiceModule = {
  name: 'athena',
  iamPrefix: 'athena',
  accessDeniedCode: 'AccessDeniedException',
  operations: {},
};
