import type { ServiceModule } from '../core/operations';

export const transferService: ServiceModule = {
  name: 'transfer',
  iamPrefix: 'transfer',
  accessDeniedCode: 'AccessDeniedException',
  operations: {},
};
