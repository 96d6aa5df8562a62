import type { EngineHooks, ServiceModule } from '../core/operations';
import {
  DeleteBucketEncryption,
  DeletePublicAccessBlock,
  GetBucketEncryption,
  GetBucketLocation,
  GetPublicAccessBlock,
  PutBucketEncryption,
  PutPublicAccessBlock,
} from './bucketConfig';
import { CreateBucket, DeleteBucket, HeadBucket, ListBuckets } from './buckets';
import {
  catchUpLifecycle,
  ensureLifecycleScheduled,
  LIFECYCLE_EVENT,
  runLifecyclePass,
} from './lifecycle';
import {
  DeleteBucketLifecycle,
  GetBucketLifecycleConfiguration,
  PutBucketLifecycleConfiguration,
} from './lifecycleConfig';
import { ListObjectsV2 } from './listObjects';
import { DeleteObject, DeleteObjects } from './objectDelete';
import { GetObject, HeadObject } from './objectRead';
import { DeleteObjectTagging, GetObjectTagging, PutObjectTagging } from './objectTagging';
import { CopyObject, PutObject } from './objectWrite';
import { accrueStorage } from './storageCost';

export {
  S3_STORAGE_CLASSES,
  type S3StorageClassInfo,
  type S3StorageClassName,
} from './storageClasses';
export { storageSummary, type StorageClassSummary } from './storageCost';

const HOUR_MS = 60 * 60 * 1000;

function install(hooks: EngineHooks): void {
  // S3 meters storage in byte-hours: storage is settled once a simulated hour has passed and
  // wherever the clock comes to rest, so a month-long jump full of events walks the objects
  // hourly, not at every event. The lifecycle pass runs daily at midnight UTC.
  hooks.clock.addTicker((from, to) => {
    const world = hooks.world();
    const since = world.s3.storageSettledAt ?? from;
    const resting = to === (hooks.clock.advancingTo() ?? to);
    if (resting || to - since >= HOUR_MS) {
      accrueStorage(world, since, to);
      world.s3.storageSettledAt = to;
    }
    catchUpLifecycle(world, hooks.clock, from, to);
  });
  hooks.clock.on(LIFECYCLE_EVENT, (event) => {
    const world = hooks.world();
    runLifecyclePass(world, event.at);
    ensureLifecycleScheduled(world, hooks.clock);
  });
  ensureLifecycleScheduled(hooks.world(), hooks.clock);
}

export const s3Service: ServiceModule = {
  name: 's3',
  iamPrefix: 's3',
  accessDeniedCode: 'AccessDenied',
  operations: {
    CreateBucket,
    ListBuckets,
    HeadBucket,
    DeleteBucket,
    GetBucketLocation,
    PutObject,
    GetObject,
    HeadObject,
    ListObjectsV2,
    CopyObject,
    DeleteObject,
    DeleteObjects,
    PutObjectTagging,
    GetObjectTagging,
    DeleteObjectTagging,
    PutBucketEncryption,
    GetBucketEncryption,
    DeleteBucketEncryption,
    PutPublicAccessBlock,
    GetPublicAccessBlock,
    DeletePublicAccessBlock,
    PutBucketLifecycleConfiguration,
    GetBucketLifecycleConfiguration,
    DeleteBucketLifecycle,
  },
  install,
};
