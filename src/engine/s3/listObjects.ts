import type {
  _Object,
  CommonPrefix,
  ListObjectsV2Output,
  ListObjectsV2Request,
} from '@aws-sdk/client-s3';
import { strFromU8, strToU8 } from 'fflate';
import { AwsError } from '../core/errors';
import { s3BucketArn } from '../core/ids';
import type { OperationDef, RequiredAccess } from '../core/operations';
import { bucketOf } from './buckets';
import { chargeRequest } from './charges';
import { objectEtag } from './etag';
import type { S3Bucket } from './state';

/** S3 lists keys in UTF-8 binary order, which is Unicode code point order (not JavaScript's UTF-16 order). */
export function compareKeys(a: string, b: string): number {
  const ai = a[Symbol.iterator]();
  const bi = b[Symbol.iterator]();
  for (;;) {
    const x = ai.next();
    const y = bi.next();
    if (x.done || y.done) return x.done && y.done ? 0 : x.done ? -1 : 1;
    const diff = x.value.codePointAt(0)! - y.value.codePointAt(0)!;
    if (diff !== 0) return diff;
  }
}

const toHex = (text: string) =>
  Array.from(strToU8(text), (b) => b.toString(16).padStart(2, '0')).join('');

/** The continuation token: opaque to callers; it names the last key or common prefix returned. */
function encodeToken(marker: Marker): string {
  return `${marker.isPrefix ? 'p' : 'k'}${toHex(marker.key)}`;
}

function decodeToken(token: string): Marker {
  if (!/^[pk](?:[0-9a-f]{2})*$/.test(token))
    throw new AwsError(
      'InvalidArgument',
      'The continuation token provided is incorrect: pass the NextContinuationToken of the previous page unchanged.',
    );
  const bytes = Uint8Array.from(token.slice(1).match(/../g) ?? [], (h) => parseInt(h, 16));
  return { key: strFromU8(bytes), isPrefix: token[0] === 'p' };
}

function listAccess(input: ListObjectsV2Request): RequiredAccess[] {
  // S3: ListObjectsV2 needs s3:ListBucket on the bucket; policies can condition on s3:prefix, s3:delimiter and s3:max-keys.
  const context: Record<string, string> = { 's3:prefix': input.Prefix ?? '' };
  if (input.Delimiter !== undefined) context['s3:delimiter'] = input.Delimiter;
  if (input.MaxKeys !== undefined) context['s3:max-keys'] = String(input.MaxKeys);
  return [{ action: 's3:ListBucket', resource: s3BucketArn(input.Bucket ?? ''), context }];
}

interface Marker {
  key: string;
  isPrefix: boolean;
}

interface Page {
  contents: _Object[];
  prefixes: CommonPrefix[];
  last?: Marker;
  isTruncated: boolean;
}

/** Walks the sorted keys after the marker, folding keys that share a delimited prefix into one CommonPrefix. */
function collectPage(
  bucket: S3Bucket,
  input: ListObjectsV2Request,
  maxKeys: number,
  marker: Marker | undefined,
): Page {
  const prefix = input.Prefix ?? '';
  const delimiter = input.Delimiter ?? '';
  const page: Page = { contents: [], prefixes: [], isTruncated: false };
  const keys = Object.keys(bucket.objects)
    .filter((k) => k.startsWith(prefix))
    .sort(compareKeys);
  for (const key of keys) {
    if (
      marker &&
      (compareKeys(key, marker.key) <= 0 || (marker.isPrefix && key.startsWith(marker.key)))
    )
      continue;
    const at = delimiter ? key.indexOf(delimiter, prefix.length) : -1;
    const commonPrefix = at >= 0 ? key.slice(0, at + delimiter.length) : undefined;
    if (commonPrefix !== undefined && page.last?.isPrefix && page.last.key === commonPrefix)
      continue;
    if (page.contents.length + page.prefixes.length >= maxKeys) {
      page.isTruncated = maxKeys > 0;
      break;
    }
    if (commonPrefix !== undefined) {
      page.prefixes.push({ Prefix: commonPrefix });
      page.last = { key: commonPrefix, isPrefix: true };
    } else {
      const object = bucket.objects[key]!;
      page.contents.push({
        Key: key,
        LastModified: new Date(object.LastModified),
        // Derived when read: a crawler listing a month of Firehose objects never asks for it.
        get ETag() {
          return objectEtag(object);
        },
        Size: object.Body.byteLength,
        StorageClass: object.StorageClass,
        ...(input.FetchOwner ? { Owner: { ID: bucket.ownerAccountId } } : {}),
      });
      page.last = { key, isPrefix: false };
    }
  }
  return page;
}

export const ListObjectsV2: OperationDef<ListObjectsV2Request, ListObjectsV2Output> = {
  authorize: listAccess,
  run(input, ctx) {
    const bucket = bucketOf(ctx, input.Bucket);
    const maxKeys = Math.min(Math.max(input.MaxKeys ?? 1000, 0), 1000);
    // S3: a ContinuationToken wins over StartAfter.
    const marker =
      input.ContinuationToken !== undefined
        ? decodeToken(input.ContinuationToken)
        : input.StartAfter !== undefined
          ? { key: input.StartAfter, isPrefix: false }
          : undefined;
    const page = collectPage(bucket, input, maxKeys, marker);
    chargeRequest(ctx.charge, 'list');
    return {
      Name: bucket.Name,
      Prefix: input.Prefix ?? '',
      ...(input.Delimiter !== undefined ? { Delimiter: input.Delimiter } : {}),
      MaxKeys: maxKeys,
      KeyCount: page.contents.length + page.prefixes.length,
      IsTruncated: page.isTruncated,
      ...(page.contents.length > 0 ? { Contents: page.contents } : {}),
      ...(page.prefixes.length > 0 ? { CommonPrefixes: page.prefixes } : {}),
      ...(input.ContinuationToken !== undefined
        ? { ContinuationToken: input.ContinuationToken }
        : {}),
      ...(page.isTruncated && page.last ? { NextContinuationToken: encodeToken(page.last) } : {}),
      ...(input.StartAfter !== undefined ? { StartAfter: input.StartAfter } : {}),
    };
  },
};
