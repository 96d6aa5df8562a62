import {
  classifyObject,
  type ObjectClassification,
  type StoredClassifier,
} from '../../engine/glue';
import { useLake } from '../../store';
import { useLakeQuery } from '../../store/useLakeQuery';

export interface SampleClassification {
  key: string;
  result: ObjectClassification;
}

/** `s3://bucket/prefix/` → bucket and prefix (a key when the table is one file). */
function splitLocation(location: string): { bucket: string; prefix: string } {
  const [bucket = '', ...rest] = location.replace(/^s3:\/\//, '').split('/');
  return { bucket, prefix: rest.join('/') };
}

/**
 * The table's first file, classified again now with the crawler's classifiers, to show every
 * classifier's verdict (the crawl keeps only the winner). Reads as the signed-in principal.
 */
export function useSampleClassification(location: string, classifierNames: string[]) {
  const world = useLake((s) => s.engine.world);
  const identity = `${location}|${classifierNames.join(',')}`;
  return useLakeQuery<SampleClassification | undefined>(identity, '', async (call) => {
    const { bucket, prefix } = splitLocation(location);
    const { Contents = [] } = await call<{ Contents?: { Key?: string }[] }>('s3', 'ListObjectsV2', {
      Bucket: bucket,
      Prefix: prefix,
    });
    const key = Contents.map((c) => c.Key ?? '').find((k) => !k.endsWith('/'));
    if (!key) return undefined;
    const { Body } = await call<{ Body: Uint8Array }>('s3', 'GetObject', {
      Bucket: bucket,
      Key: key,
    });
    const stored = world.glue.classifiers ?? {};
    const custom = classifierNames.flatMap((n): StoredClassifier[] =>
      stored[n] ? [stored[n]] : [],
    );
    return { key, result: classifyObject(key, Body, custom) };
  });
}
