import { href } from '../../store/router';

const enc = encodeURIComponent;

export const bucketHref = (bucket: string, prefix = '') =>
  href(`/s3/buckets/${enc(bucket)}`, { prefix });
export const bucketTabPath = (bucket: string, tab: 'objects' | 'lifecycle' | 'properties') =>
  tab === 'objects' ? `/s3/buckets/${enc(bucket)}` : `/s3/buckets/${enc(bucket)}/${tab}`;
export const objectPath = (bucket: string) => `/s3/buckets/${enc(bucket)}/object`;
export const objectHref = (bucket: string, key: string) => href(objectPath(bucket), { key });
export const s3Uri = (bucket: string, key = '') => `s3://${bucket}/${key}`;
