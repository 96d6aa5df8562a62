import type { ServiceModule } from '../core/operations';
import { CreateBucket, DeleteBucket, HeadBucket, ListBuckets } from './buckets';

export const s3Service: ServiceModule = {
  name: 's3',
  iamPrefix: 's3',
  accessDeniedCode: 'AccessDenied',
  operations: { CreateBucket, ListBuckets, HeadBucket, DeleteBucket },
};
