import type { ServiceModule } from '../core/operations';

export const storageGatewayService: ServiceModule = {
  name: 'storagegateway',
  iamPrefix: 'storagegateway',
  accessDeniedCode: 'AccessDeniedException',
  operations: {},
};
