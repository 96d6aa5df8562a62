import { type SampleDataOptions, sampleDataObjects } from './sampleObjects';

/** The raw-zone bucket the sample data lands in. */
export const SAMPLE_DATA_BUCKET = 'shop-raw-zone';

/** Calls one AWS operation, as the store, the terminal and lessons each do. */
export type OperationCall = (
  service: string,
  operation: string,
  input: unknown,
) => Promise<unknown>;

export interface SampleDataSummary {
  bucket: string;
  bucketCreated: boolean;
  objects: { key: string; bytes: number }[];
  totalBytes: number;
}

async function ensureBucket(call: OperationCall, bucket: string): Promise<boolean> {
  try {
    await call('s3', 'CreateBucket', { Bucket: bucket });
    return true;
  } catch (error) {
    // S3: re-creating a bucket you own fails with BucketAlreadyOwnedByYou; that bucket is the one we want.
    if ((error as { name?: string }).name === 'BucketAlreadyOwnedByYou') return false;
    throw error;
  }
}

/**
 * Loads the online-shop and clickstream sample data into S3 through real operations
 * (CreateBucket if missing, then one PutObject per file). Loading twice overwrites the same keys.
 */
export async function loadSampleData(
  call: OperationCall,
  options: SampleDataOptions & { bucket?: string } = {},
): Promise<SampleDataSummary> {
  const bucket = options.bucket ?? SAMPLE_DATA_BUCKET;
  const bucketCreated = await ensureBucket(call, bucket);
  const objects: SampleDataSummary['objects'] = [];
  for (const object of sampleDataObjects(options)) {
    await call('s3', 'PutObject', {
      Bucket: bucket,
      Key: object.key,
      Body: object.body,
      ContentType: object.contentType,
    });
    objects.push({ key: object.key, bytes: object.body.length });
  }
  return {
    bucket,
    bucketCreated,
    objects,
    totalBytes: objects.reduce((sum, o) => sum + o.bytes, 0),
  };
}
