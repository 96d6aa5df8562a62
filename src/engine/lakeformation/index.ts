import type { ServiceModule } from '../core/operations';

export const lakeFormationService: ServiceModule = {
  name: 'lakeformation',
  iamPrefix: 'lakeformation',
  accessDeniedCode: 'AccessDeniedException',
  operations: {},
};
