import { describe, expect, it } from 'vitest';
import { TestLake } from '../testing/TestLake';

type Page = {
  Contents?: { Key: string; StorageClass: string }[];
  CommonPrefixes?: { Prefix: string }[];
  KeyCount: number;
  IsTruncated: boolean;
  NextContinuationToken?: string;
  MaxKeys: number;
};

async function lakeWith(keys: string[]): Promise<TestLake> {
  const lake = new TestLake();
  await lake.call('s3', 'CreateBucket', { Bucket: 'raw-zone' });
  for (const Key of keys)
    await lake.call('s3', 'PutObject', { Bucket: 'raw-zone', Key, Body: Key });
  return lake;
}

const keysOf = (page: Page) => (page.Contents ?? []).map((c) => c.Key);
const prefixesOf = (page: Page) => (page.CommonPrefixes ?? []).map((c) => c.Prefix);

describe('ListObjectsV2', () => {
  it('groups keys under a Delimiter into CommonPrefixes, within a Prefix', async () => {
    const lake = await lakeWith([
      'sales/2025/01/a.csv',
      'sales/2025/02/b.csv',
      'sales/readme.txt',
      'sales/2025/top.csv',
      'logs/x.log',
    ]);
    const page = await lake.call<Page>('s3', 'ListObjectsV2', {
      Bucket: 'raw-zone',
      Prefix: 'sales/2025/',
      Delimiter: '/',
    });
    expect(prefixesOf(page)).toEqual(['sales/2025/01/', 'sales/2025/02/']);
    expect(keysOf(page)).toEqual(['sales/2025/top.csv']);
    expect(page.KeyCount).toBe(3);
    expect(page.Contents?.[0]?.StorageClass).toBe('STANDARD');
  });

  it('defaults MaxKeys to 1000 and pages with NextContinuationToken, counting each common prefix as one key', async () => {
    const lake = await lakeWith(['a/1', 'a/2', 'a/3', 'b', 'c/1', 'd', 'e']);
    expect((await lake.call<Page>('s3', 'ListObjectsV2', { Bucket: 'raw-zone' })).MaxKeys).toBe(
      1000,
    );
    const seen: string[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const page: Page = await lake.call<Page>('s3', 'ListObjectsV2', {
        Bucket: 'raw-zone',
        Delimiter: '/',
        MaxKeys: 2,
        ...(token ? { ContinuationToken: token } : {}),
      });
      expect(page.KeyCount).toBeLessThanOrEqual(2);
      seen.push(...prefixesOf(page), ...keysOf(page));
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
      pages++;
    } while (token);
    expect(seen).toEqual(['a/', 'b', 'c/', 'd', 'e']);
    expect(pages).toBe(3);
  });

  it('answers an empty, untruncated page to MaxKeys 0', async () => {
    const lake = await lakeWith(['a']);
    expect(
      await lake.call<Page>('s3', 'ListObjectsV2', { Bucket: 'raw-zone', MaxKeys: 0 }),
    ).toMatchObject({ KeyCount: 0, IsTruncated: false });
  });

  it('starts after StartAfter', async () => {
    const lake = await lakeWith(['a', 'b', 'c']);
    expect(
      keysOf(await lake.call<Page>('s3', 'ListObjectsV2', { Bucket: 'raw-zone', StartAfter: 'a' })),
    ).toEqual(['b', 'c']);
  });

  it('lists keys in UTF-8 binary order (code points), not JavaScript UTF-16 order', async () => {
    // U+FF21 (Ａ) encodes as EF BC A1; U+1F600 (😀) as F0 9F 98 80: UTF-8 puts Ａ first, UTF-16 puts 😀 first.
    const lake = await lakeWith(['😀.csv', 'Ａ.csv', 'Z.csv', 'a.csv']);
    expect(keysOf(await lake.call<Page>('s3', 'ListObjectsV2', { Bucket: 'raw-zone' }))).toEqual([
      'Z.csv',
      'a.csv',
      'Ａ.csv',
      '😀.csv',
    ]);
  });
});
