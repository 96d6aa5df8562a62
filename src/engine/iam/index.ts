import type { ServiceModule } from '../core/operations';

export const iamService: ServiceModule = {
  name: 'iam',
  iamPrefix: 'iam',
  accessDeniedCode: 'AccessDenied',
  operations: {},
};
