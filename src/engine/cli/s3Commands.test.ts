import { describe, expect, it } from 'vitest';
import { testTerminal } from './testTerminal';

const ORDERS = 'id,amount\n1,10\n2,20\n';

describe('aws s3 mb / rb / ls (buckets)', () => {
  it('prints make_bucket: name and lists buckets with their creation time', async () => {
    const t = testTerminal();
    expect(await t.ok('aws s3 mb s3://raw-zone')).toBe('make_bucket: raw-zone');
    await t.ok('aws s3 mb s3://curated-zone');
    expect(await t.ok('aws s3 ls')).toBe(
      '2025-01-06 09:00:00 curated-zone\n2025-01-06 09:00:00 raw-zone',
    );
  });
  it('prints make_bucket failed with the service error and exits 1 when the bucket exists', async () => {
    const t = testTerminal();
    await t.ok('aws s3 mb s3://raw-zone');
    const result = await t.run('aws s3 mb s3://raw-zone');
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(
      /^make_bucket failed: s3:\/\/raw-zone An error occurred \(BucketAlreadyOwnedByYou\) when calling the CreateBucket operation: /,
    );
  });
  it('asks for an S3 URI when mb is given a bare name', async () => {
    const result = await testTerminal().run('aws s3 mb demo');
    expect(result.exitCode).toBe(255);
    expect(result.stderr).toContain('<S3Uri>\nError: Invalid argument type');
    expect(result.stderr).toContain('s3://demo');
  });
  it('refuses rb with a key: a bucket name only', async () => {
    const t = testTerminal();
    await t.ok('aws s3 mb s3://raw-zone');
    const result = await t.run('aws s3 rb s3://raw-zone/sales/');
    expect(result.stderr).toContain('Please specify a valid bucket name only. E.g. s3://raw-zone');
  });
  it('prints remove_bucket: name', async () => {
    const t = testTerminal();
    await t.ok('aws s3 mb s3://raw-zone');
    expect(await t.ok('aws s3 rb s3://raw-zone')).toBe('remove_bucket: raw-zone');
    expect(await t.ok('aws s3 ls')).toBe('');
  });
});

describe('aws s3 cp / ls / rm / mv (objects)', () => {
  it('uploads a staged local file: upload: ./orders.csv to s3://…', async () => {
    const t = testTerminal({ 'orders.csv': ORDERS });
    await t.ok('aws s3 mb s3://raw');
    expect(await t.ok('aws s3 cp orders.csv s3://raw/sales/orders.csv')).toBe(
      'upload: ./orders.csv to s3://raw/sales/orders.csv',
    );
    expect(await t.ok('aws s3 cp orders.csv s3://raw/copy/')).toBe(
      'upload: ./orders.csv to s3://raw/copy/orders.csv',
    );
  });
  it('lists PRE folders and objects with right-aligned sizes', async () => {
    const t = testTerminal({ 'orders.csv': ORDERS });
    await t.ok(
      'aws s3 mb s3://raw',
      'aws s3 cp orders.csv s3://raw/sales/2025/orders.csv',
      'aws s3 cp orders.csv s3://raw/sales/top.csv',
    );
    expect(await t.ok('aws s3 ls s3://raw/sales/')).toBe(
      `${' '.repeat(27)}PRE 2025/\n2025-01-06 09:00:00         ${ORDERS.length} top.csv`,
    );
    expect(await t.ok('aws s3 ls s3://raw --recursive --human-readable --summarize')).toBe(
      [
        `2025-01-06 09:00:00   ${ORDERS.length} Bytes sales/2025/orders.csv`,
        `2025-01-06 09:00:00   ${ORDERS.length} Bytes sales/top.csv`,
        '',
        'Total Objects: 2',
        `   Total Size: ${ORDERS.length * 2} Bytes`,
      ].join('\n'),
    );
  });
  it('copies between keys: copy: s3://a/k to s3://b/k2', async () => {
    const t = testTerminal({ 'orders.csv': ORDERS });
    await t.ok(
      'aws s3 mb s3://raw',
      'aws s3 mb s3://curated',
      'aws s3 cp orders.csv s3://raw/orders.csv',
    );
    expect(await t.ok('aws s3 cp s3://raw/orders.csv s3://curated/o.csv')).toBe(
      'copy: s3://raw/orders.csv to s3://curated/o.csv',
    );
    expect(await t.ok('aws s3 ls s3://curated/')).toContain(' o.csv');
  });
  it('downloads to a local file and offers it', async () => {
    const t = testTerminal({ 'orders.csv': ORDERS });
    await t.ok('aws s3 mb s3://raw', 'aws s3 cp orders.csv s3://raw/sales/orders.csv');
    const result = await t.run('aws s3 cp s3://raw/sales/orders.csv .');
    expect(result.stdout).toBe('download: s3://raw/sales/orders.csv to ./orders.csv');
    expect(new TextDecoder().decode(result.downloads?.[0]?.bytes)).toBe(ORDERS);
  });
  it('writes an object to stdout with cp s3://… -', async () => {
    const t = testTerminal({ 'orders.csv': ORDERS });
    await t.ok('aws s3 mb s3://raw', 'aws s3 cp orders.csv s3://raw/orders.csv');
    expect(await t.ok('aws s3 cp s3://raw/orders.csv -')).toBe(ORDERS.trimEnd());
  });
  it('deletes recursively: delete: s3://… per object, and rb --force empties the bucket', async () => {
    const t = testTerminal({ 'orders.csv': ORDERS });
    await t.ok(
      'aws s3 mb s3://raw',
      'aws s3 cp orders.csv s3://raw/a/1.csv',
      'aws s3 cp orders.csv s3://raw/a/2.csv',
      'aws s3 cp orders.csv s3://raw/b.csv',
    );
    expect(await t.ok('aws s3 rm s3://raw/a --recursive')).toBe(
      'delete: s3://raw/a/1.csv\ndelete: s3://raw/a/2.csv',
    );
    expect(await t.ok('aws s3 rb s3://raw --force')).toBe(
      'delete: s3://raw/b.csv\nremove_bucket: raw',
    );
  });
  it('moves an object: move: s3://… to s3://…, leaving no source', async () => {
    const t = testTerminal({ 'orders.csv': ORDERS });
    await t.ok('aws s3 mb s3://raw', 'aws s3 cp orders.csv s3://raw/in/orders.csv');
    expect(await t.ok('aws s3 mv s3://raw/in/orders.csv s3://raw/done/orders.csv')).toBe(
      'move: s3://raw/in/orders.csv to s3://raw/done/orders.csv',
    );
    expect(await t.ok('aws s3 ls s3://raw --recursive')).not.toContain('in/orders.csv');
  });
  it("refuses rb on a non-empty bucket with the CLI's failure line", async () => {
    const t = testTerminal({ 'orders.csv': ORDERS });
    await t.ok('aws s3 mb s3://raw', 'aws s3 cp orders.csv s3://raw/orders.csv');
    const result = await t.run('aws s3 rb s3://raw');
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(
      /^remove_bucket failed: s3:\/\/raw An error occurred \(BucketNotEmpty\) when calling the DeleteBucket operation: /,
    );
  });
  it('says an unstaged local file does not exist', async () => {
    const t = testTerminal();
    await t.ok('aws s3 mb s3://raw');
    const result = await t.run('aws s3 cp missing.csv s3://raw/');
    expect(result.exitCode).toBe(255);
    expect(result.stderr).toContain('The user-provided path missing.csv does not exist.');
  });
});
