import type { ServiceModule } from '../core/operations';

export const kinesisService: ServiceModule = {
  name: 'kinesis',
  iamPrefix: 'kinesis',
  accessDeniedCode: 'AccessDeniedException',
  operations: {},
};
