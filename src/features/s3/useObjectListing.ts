import type { ListObjectsV2Output } from '@aws-sdk/client-s3';
import { useS3Signature } from './useS3Signature';
import { useLakeQuery, type LakeQuery } from '../../store/useLakeQuery';

export interface BrowserRow {
  /** The full key, or the common prefix for a folder. */
  id: string;
  name: string;
  isFolder: boolean;
  size: number;
  lastModified: number;
  storageClass: string;
}

/** One level of a bucket: ListObjectsV2 with Delimiter `/`, every page, folders first. */
export function useObjectListing(bucket: string, prefix: string): LakeQuery<BrowserRow[]> {
  return useLakeQuery(`${bucket}\n${prefix}`, useS3Signature(bucket), async (call) => {
    const rows: BrowserRow[] = [];
    let token: string | undefined;
    do {
      const page = await call<ListObjectsV2Output>('s3', 'ListObjectsV2', {
        Bucket: bucket,
        Prefix: prefix,
        Delimiter: '/',
        ...(token ? { ContinuationToken: token } : {}),
      });
      for (const p of page.CommonPrefixes ?? [])
        rows.push({
          id: p.Prefix ?? '',
          name: (p.Prefix ?? '').slice(prefix.length),
          isFolder: true,
          size: 0,
          lastModified: 0,
          storageClass: '',
        });
      for (const o of page.Contents ?? [])
        // The folder's own zero-byte `prefix/` marker is not listed inside it, as in the console.
        if (o.Key !== prefix)
          rows.push({
            id: o.Key ?? '',
            name: (o.Key ?? '').slice(prefix.length),
            isFolder: false,
            size: o.Size ?? 0,
            lastModified: o.LastModified ? new Date(o.LastModified).getTime() : 0,
            storageClass: o.StorageClass ?? 'STANDARD',
          });
      token = page.NextContinuationToken;
    } while (token);
    return rows;
  });
}
