import type { ServiceModule } from '../core/operations';
import { AssumeRole } from './assumeRole';
import { GetCallerIdentity } from './callerIdentity';

export const stsService: ServiceModule = {
  name: 'sts',
  iamPrefix: 'sts',
  accessDeniedCode: 'AccessDenied',
  operations: { GetCallerIdentity, AssumeRole },
};
