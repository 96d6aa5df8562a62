import type { ServiceModule } from '../core/operations';

export const firehoseService: ServiceModule = {
  name: 'firehose',
  iamPrefix: 'firehose',
  accessDeniedCode: 'AccessDeniedException',
  operations: {},
};
