// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { Blob as NodeBlob } from 'node:buffer';
import { afterEach, describe, expect, it } from 'vitest';
import { createLakeStore, LakeStoreProvider, type LakeStore } from '../../store';
import { toParquet } from '../../engine/formats/writers';
import S3Page from './S3Page';

function renderAt(hash: string, store: LakeStore = createLakeStore()) {
  window.location.hash = hash;
  render(
    <LakeStoreProvider store={store}>
      <S3Page />
    </LakeStoreProvider>,
  );
  return store;
}

const typeInto = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });

async function lakeWith(bucket: string, objects: Record<string, string>): Promise<LakeStore> {
  const store = createLakeStore();
  const { call } = store.getState();
  await call('s3', 'CreateBucket', { Bucket: bucket });
  for (const [Key, body] of Object.entries(objects))
    await call('s3', 'PutObject', { Bucket: bucket, Key, Body: body });
  return store;
}

/** jsdom's File has no stream(); the browser's does. */
function withStream(file: File, content: string): File {
  return Object.assign(file, { stream: () => new NodeBlob([content]).stream() });
}

afterEach(cleanup);

describe('Create bucket', () => {
  it('creates the bucket through the form, with all public access blocked, and lists it', async () => {
    const store = renderAt('#/s3/create');
    typeInto('Bucket name', 'orders-raw');
    fireEvent.click(screen.getByRole('button', { name: 'Create bucket' }));
    expect(await screen.findByRole('link', { name: 'orders-raw' })).toBeTruthy();
    const bucket = store.getState().engine.world.s3.buckets['orders-raw']!;
    expect(bucket.publicAccessBlock?.BlockPublicAcls).toBe(true);
  });

  it('shows the CLI command without creating the bucket', async () => {
    const store = renderAt('#/s3/create');
    typeInto('Bucket name', 'orders-raw');
    fireEvent.click(screen.getByRole('button', { name: 'Show CLI command' }));
    expect((await screen.findAllByText(/aws s3api create-bucket/)).length).toBeGreaterThan(0);
    expect(store.getState().engine.world.s3.buckets).toEqual({});
  });

  it('shows the naming rule an invalid name breaks, and creates nothing', () => {
    const store = renderAt('#/s3/create');
    typeInto('Bucket name', 'Orders_Raw');
    expect(
      screen.getByText(
        /Bucket name can contain only lower-case letters, digits, dots \(\.\) and hyphens/,
      ),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Create bucket' }));
    expect(store.getState().engine.world.s3.buckets).toEqual({});
  });
});

describe('Object browser', () => {
  it('shows prefixes as folders and only the objects at this level', async () => {
    const store = await lakeWith('lake', {
      'sales/2024/orders.csv': 'id\n1\n',
      'sales/2025/orders.csv': 'id\n2\n',
      'readme.txt': 'hi',
    });
    renderAt('#/s3/buckets/lake', store);
    expect(await screen.findByRole('link', { name: 'sales/' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'readme.txt' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'orders.csv' })).toBeNull();
  });

  it('does not list the bucket again (nor bill a LIST) while only the clock moves', async () => {
    const store = await lakeWith('lake', { 'a.csv': 'x' });
    renderAt('#/s3/buckets/lake', store);
    await screen.findByRole('link', { name: 'a.csv' });
    const lists = () => store.getState().engine.world.ledger['2025-01|s3|Requests-Tier1']?.quantity;
    const before = lists();
    expect(before).toBeGreaterThan(0);
    await act(() => store.getState().jumpAhead(3_600_000));
    await act(() => store.getState().jumpAhead(3_600_000));
    expect(lists()).toBe(before);
  });

  it('creates a folder as a zero-byte object whose key ends in a slash', async () => {
    const store = await lakeWith('lake', {});
    renderAt('#/s3/buckets/lake', store);
    fireEvent.click(await screen.findByRole('button', { name: 'Create folder' }));
    typeInto('Folder name', 'raw');
    fireEvent.click(
      within(screen.getByRole('dialog', { name: 'Create folder' })).getByRole('button', {
        name: 'Create folder',
      }),
    );
    expect(await screen.findByRole('link', { name: 'raw/' })).toBeTruthy();
    expect(store.getState().engine.world.s3.buckets['lake']!.objects['raw/']!.Body.byteLength).toBe(
      0,
    );
  });

  it('lists the objects under a prefix, with the folder path', async () => {
    const store = await lakeWith('lake', { 'sales/2024/orders.csv': 'id\n1\n' });
    renderAt('#/s3/buckets/lake?prefix=sales/2024/', store);
    expect(await screen.findByRole('link', { name: 'orders.csv' })).toBeTruthy();
    expect(
      within(screen.getByRole('navigation', { name: 'Folder path' })).getByRole('link', {
        name: 'sales',
      }),
    ).toBeTruthy();
  });

  it('uploads chosen files and gives an empty file its own error without stopping the others', async () => {
    const store = await lakeWith('lake', {});
    renderAt('#/s3/buckets/lake', store);
    const input = await screen.findByLabelText('Choose files to upload');
    const good = withStream(
      new File(['id,name\n1,Ada\n'], 'people.csv', { type: 'text/csv' }),
      'id,name\n1,Ada\n',
    );
    const empty = new File([], 'empty.csv');
    fireEvent.change(input, { target: { files: [good, empty] } });
    expect((await screen.findAllByText(/empty\.csv is empty \(0 bytes\)/)).length).toBeGreaterThan(
      0,
    );
    await waitFor(() =>
      expect(
        store.getState().engine.world.s3.buckets['lake']!.objects['people.csv']?.ContentType,
      ).toBe('text/csv'),
    );
    expect(store.getState().engine.world.s3.buckets['lake']!.objects['empty.csv']).toBeUndefined();
  });
});

describe('Object details', () => {
  it('previews the first rows of a CSV object as a table', async () => {
    const store = await lakeWith('lake', { 'orders.csv': 'order_id,amount\n1,9.5\n2,12\n' });
    renderAt('#/s3/buckets/lake/object?key=orders.csv', store);
    fireEvent.click(await screen.findByRole('tab', { name: 'Preview' }));
    expect(await screen.findByText(/Format:/)).toBeTruthy();
    expect(await screen.findByRole('columnheader', { name: /order_id/ })).toBeTruthy();
    expect(screen.getByRole('cell', { name: '12' })).toBeTruthy();
  });
});

describe('Parquet layout', () => {
  it('shows the row groups and column chunks of a Parquet object with their codec', async () => {
    const store = createLakeStore();
    const { call } = store.getState();
    await call('s3', 'CreateBucket', { Bucket: 'lake' });
    const parquet = toParquet(
      [
        { name: 'id', type: 'bigint' },
        { name: 'price', type: 'double' },
      ],
      [
        [1, 9.5],
        [2, 12.25],
      ],
      { codec: 'SNAPPY' },
    );
    await call('s3', 'PutObject', { Bucket: 'lake', Key: 'prices.parquet', Body: parquet });
    renderAt('#/s3/buckets/lake/object?key=prices.parquet', store);
    fireEvent.click(await screen.findByRole('tab', { name: 'Parquet layout' }));
    expect(await screen.findByText(/2 rows in 1 row group/)).toBeTruthy();
    const chunks = screen.getByRole('table', { name: 'Column chunks of row group 1' });
    expect(within(chunks).getAllByText('SNAPPY').length).toBe(2);
    expect(within(chunks).getByText('9.5 / 12.25')).toBeTruthy();
  });
});

describe('Delete bucket', () => {
  it('explains BucketNotEmpty in the dialog when the bucket still holds objects', async () => {
    const store = await lakeWith('lake', { 'a.csv': 'x' });
    renderAt('#/s3', store);
    fireEvent.click(await screen.findByRole('radio', { name: 'Select bucket lake' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    typeInto('Bucket name to confirm', 'lake');
    fireEvent.click(screen.getByRole('button', { name: 'Delete bucket' }));
    expect(await screen.findByText(/is not empty.*Delete them first/)).toBeTruthy();
    expect(store.getState().engine.world.s3.buckets['lake']).toBeDefined();
  });
});

describe('Lifecycle rules', () => {
  it('shows the PutBucketLifecycleConfiguration error on the rule form', async () => {
    const store = await lakeWith('lake', {});
    renderAt('#/s3/buckets/lake/lifecycle', store);
    fireEvent.click(await screen.findByRole('button', { name: 'Create lifecycle rule' }));
    typeInto('Lifecycle rule name', 'too-soon');
    typeInto('Transition 1 days', '5');
    fireEvent.click(screen.getByRole('button', { name: 'Save rule' }));
    expect(
      await screen.findByText(/must be greater than or equal to 30 for storageClass 'STANDARD_IA'/),
    ).toBeTruthy();
    expect(store.getState().engine.world.s3.buckets['lake']!.lifecycleRules).toBeUndefined();
  });
});

describe('Object actions', () => {
  it('changes the storage class by copying the object onto itself', async () => {
    const store = await lakeWith('lake', { 'a.csv': 'x,y\n1,2\n' });
    renderAt('#/s3/buckets/lake/object?key=a.csv', store);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit storage class' }));
    fireEvent.click(screen.getByRole('radio', { name: /^Glacier Instant Retrieval/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() =>
      expect(store.getState().engine.world.s3.buckets['lake']!.objects['a.csv']!.StorageClass).toBe(
        'GLACIER_IR',
      ),
    );
  });

  it('deletes every object of a selected folder, over 1,000 keys in several requests', async () => {
    const store = await lakeWith(
      'lake',
      Object.fromEntries(Array.from({ length: 1001 }, (_, i) => [`logs/${i}.txt`, 'x'])),
    );
    renderAt('#/s3/buckets/lake', store);
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Select logs/' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    typeInto('Confirm deletion', 'permanently delete');
    fireEvent.click(screen.getByRole('button', { name: 'Delete objects' }));
    await waitFor(() =>
      expect(Object.keys(store.getState().engine.world.s3.buckets['lake']!.objects)).toEqual([]),
    );
  });
});

describe('Bucket properties', () => {
  it('saves SSE-KMS default encryption with the key id', async () => {
    const store = await lakeWith('lake', {});
    renderAt('#/s3/buckets/lake/properties', store);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit default encryption' }));
    fireEvent.click(screen.getByRole('radio', { name: /SSE-KMS/ }));
    typeInto('AWS KMS key ID', 'alias/lake-key');
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('SSE-KMS with alias/lake-key, Bucket Key enabled')).toBeTruthy();
  });
});

describe('Permissions', () => {
  it('shows AccessDenied when the signed-in principal may not list the bucket', async () => {
    const store = await lakeWith('lake', { 'a.csv': 'x' });
    await store.getState().call('iam', 'CreateUser', { UserName: 'analyst' });
    store.getState().setPrincipal('arn:aws:iam::111122223333:user/analyst');
    renderAt('#/s3/buckets/lake', store);
    expect(await screen.findByText('AccessDenied')).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'a.csv' })).toBeNull();
  });
});
