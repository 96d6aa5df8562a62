import type { ServiceModule } from '../core/operations';

export const appFlowService: ServiceModule = {
  name: 'appflow',
  iamPrefix: 'appflow',
  accessDeniedCode: 'AccessDeniedException',
  operations: {},
};
