// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { crawlHistoryOf } from '../../engine/glue';
import { createLakeStore, LakeStoreProvider, type LakeStore } from '../../store';
import CrawlersPage from './CrawlersPage';
import { GLUE_TRUST_POLICY } from './glueCalls';

function renderAt(hash: string, store: LakeStore) {
  window.location.hash = hash;
  render(
    <LakeStoreProvider store={store}>
      <CrawlersPage />
    </LakeStoreProvider>,
  );
}

const ORDERS = 'order_id,status,total\n1,placed,10.5\n2,shipped,7.25\n';

/** A lab with partitioned orders in S3, a role Glue can assume, a database and a crawler. */
async function lakeWithCrawler(): Promise<LakeStore> {
  const store = createLakeStore();
  const { call } = store.getState();
  await call('s3', 'CreateBucket', { Bucket: 'shop-raw' });
  for (const month of ['01', '02'])
    await call('s3', 'PutObject', {
      Bucket: 'shop-raw',
      Key: `orders/year=2025/month=${month}/orders.csv`,
      Body: ORDERS,
    });
  await call('iam', 'CreateRole', {
    RoleName: 'crawler-role',
    AssumeRolePolicyDocument: GLUE_TRUST_POLICY,
  });
  await call('iam', 'AttachRolePolicy', {
    RoleName: 'crawler-role',
    PolicyArn: 'arn:aws:iam::aws:policy/service-role/AWSGlueServiceRole',
  });
  await call('iam', 'PutRolePolicy', {
    RoleName: 'crawler-role',
    PolicyName: 'read',
    PolicyDocument: JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: ['s3:GetObject', 's3:ListBucket'], Resource: '*' }],
    }),
  });
  await call('glue', 'CreateDatabase', { DatabaseInput: { Name: 'shop' } });
  await call('glue', 'CreateCrawler', {
    Name: 'orders-crawler',
    Role: 'crawler-role',
    DatabaseName: 'shop',
    Targets: { S3Targets: [{ Path: 's3://shop-raw/orders/' }] },
  });
  return store;
}

afterEach(cleanup);

describe('Crawlers list', () => {
  it('lists a crawler created through the engine as READY, on demand', async () => {
    renderAt('#/glue/crawlers', await lakeWithCrawler());
    const row = (await screen.findByRole('link', { name: 'orders-crawler' })).closest('tr')!;
    expect(within(row).getByText('READY')).toBeTruthy();
    expect(within(row).getByText('On demand')).toBeTruthy();
  });

  it('runs the crawler: RUNNING now, SUCCEEDED once the clock has advanced', async () => {
    const store = await lakeWithCrawler();
    renderAt('#/glue/crawlers', store);
    fireEvent.click(await screen.findByRole('radio', { name: 'Select crawler orders-crawler' }));
    fireEvent.click(screen.getByRole('button', { name: 'Run crawler' }));
    expect(await screen.findByText('RUNNING')).toBeTruthy();
    await act(() => store.getState().engine.clock.advance(10 * 60_000));
    const row = (await screen.findByText('SUCCEEDED')).closest('tr')!;
    expect(within(row).getByText('READY')).toBeTruthy();
  });
});

describe('Stop crawler', () => {
  it('stops a running crawl: STOPPING, then CANCELLED with no tables', async () => {
    const store = await lakeWithCrawler();
    await store.getState().call('glue', 'StartCrawler', { Name: 'orders-crawler' });
    renderAt('#/glue/crawlers/orders-crawler', store);
    fireEvent.click(await screen.findByRole('button', { name: 'Stop crawler' }));
    expect((await screen.findAllByText('STOPPING')).length).toBeGreaterThan(0);
    await act(() => store.getState().engine.clock.advance(60_000));
    expect(await screen.findByText('CANCELLED')).toBeTruthy();
    expect(store.getState().engine.world.glue.tables?.['shop'] ?? {}).toEqual({});
  });
});

describe('Edit crawler', () => {
  it('saves a new schedule with UpdateCrawler, keeping the rest', async () => {
    const store = await lakeWithCrawler();
    renderAt('#/glue/crawlers/orders-crawler/edit', store);
    expect((await screen.findByLabelText('Crawler name')).hasAttribute('disabled')).toBe(true);
    for (let i = 0; i < 3; i++) fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    fireEvent.mouseDown(await screen.findByRole('button', { name: /Frequency/ }));
    fireEvent.mouseUp(await screen.findByRole('option', { name: 'Daily' }));
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Save crawler' }));
    await waitFor(() =>
      expect(store.getState().engine.world.glue.crawlers?.['orders-crawler']?.Schedule).toBe(
        'cron(0 0 * * ? *)',
      ),
    );
    expect(store.getState().engine.world.glue.crawlers?.['orders-crawler']?.DatabaseName).toBe(
      'shop',
    );
  });
});

describe('Crawler detail', () => {
  it('shows the run with the table it created, its partition keys and why', async () => {
    const store = await lakeWithCrawler();
    await store.getState().call('glue', 'StartCrawler', { Name: 'orders-crawler' });
    await act(() => store.getState().engine.clock.advance(10 * 60_000));
    renderAt('#/glue/crawlers/orders-crawler', store);
    const table = await screen.findByRole('region', { name: 'Table orders' });
    expect(within(table).getByRole('link', { name: 'orders' }).getAttribute('href')).toBe(
      '#/glue/databases/shop/tables/orders',
    );
    expect(
      within(table).getByText(/Partition keys: year \(string\), month \(string\)/),
    ).toBeTruthy();
    fireEvent.click(within(table).getByText('Why this schema? (orders)'));
    expect((await within(table).findAllByText(/certainty 1\.0/)).length).toBeGreaterThan(0);
    expect(within(table).getByText(/every folder at level 1 is named year=<value>/)).toBeTruthy();
  });

  it("shows the crawl's own verdicts and header decision even after the table's files are deleted", async () => {
    const store = await lakeWithCrawler();
    await store.getState().call('glue', 'StartCrawler', { Name: 'orders-crawler' });
    await act(() => store.getState().engine.clock.advance(10 * 60_000));
    const [run] = crawlHistoryOf(store.getState().engine.world, 'orders-crawler');
    const sampleKey = run!.tables[0]!.explanation!.sampleKey;
    await store.getState().call('s3', 'DeleteObject', { Bucket: 'shop-raw', Key: sampleKey });
    renderAt('#/glue/crawlers/orders-crawler', store);
    const table = await screen.findByRole('region', { name: 'Table orders' });
    fireEvent.click(within(table).getByText('Why this schema? (orders)'));
    const [won] = await within(table).findAllByText(/certainty 1\.0 \(won\)/);
    expect(won!.closest('li')?.textContent).toMatch(/^csv — certainty 1\.0 \(won\)/);
    expect(within(table).getByText('Header row:').parentElement?.textContent).toMatch(
      /Header row: first row is a header/,
    );
    expect(within(table).getByText(sampleKey)).toBeTruthy();
    expect(within(table).getByText(/did not exist yet, so the crawler created it/)).toBeTruthy();
  });

  it('explains a run saved before verdicts were kept without reading S3 again', async () => {
    const store = await lakeWithCrawler();
    await store.getState().call('glue', 'StartCrawler', { Name: 'orders-crawler' });
    await act(() => store.getState().engine.clock.advance(10 * 60_000));
    const [run] = crawlHistoryOf(store.getState().engine.world, 'orders-crawler');
    delete run!.tables[0]!.explanation;
    delete run!.tables[0]!.policy;
    renderAt('#/glue/crawlers/orders-crawler', store);
    const table = await screen.findByRole('region', { name: 'Table orders' });
    fireEvent.click(within(table).getByText('Why this schema? (orders)'));
    expect(await within(table).findByText(/run the crawler again to see them/)).toBeTruthy();
    expect(within(table).getByText(/did not exist yet, so the crawler created it/)).toBeTruthy();
  });
});

describe('Create crawler wizard', () => {
  it('shows the schedule error from CreateCrawler on the scheduling step, and creates nothing', async () => {
    const store = await lakeWithCrawler();
    renderAt('#/glue/crawlers/create', store);
    fireEvent.change(screen.getByLabelText('Crawler name'), { target: { value: 'nightly' } });
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    fireEvent.change(await screen.findByLabelText('S3 path 1'), {
      target: { value: 's3://shop-raw/orders/' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Create a role for me' }));
    expect(await screen.findByText('AWSGlueServiceRole-nightly')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    fireEvent.mouseDown(await screen.findByRole('button', { name: /Frequency/ }));
    const custom = await screen.findByRole('option', { name: 'Custom' });
    fireEvent.mouseUp(custom);
    fireEvent.change(screen.getByLabelText('Cron expression'), {
      target: { value: 'cron(0 12 * * *)' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Create crawler' }));
    expect((await screen.findAllByText(/AWS cron needs 6/)).length).toBeGreaterThan(0);
    expect(screen.getByLabelText('Cron expression')).toBeTruthy();
    expect(Object.keys(store.getState().engine.world.glue.crawlers ?? {})).toEqual([
      'orders-crawler',
    ]);
  });
});

describe('Classifiers', () => {
  it('creates a JSON classifier; a JSON path without $ shows its error on the field', async () => {
    const store = createLakeStore();
    renderAt('#/glue/classifiers/create', store);
    fireEvent.change(screen.getByLabelText('Classifier name'), { target: { value: 'records' } });
    fireEvent.mouseDown(screen.getByRole('button', { name: /Classifier type/ }));
    fireEvent.mouseUp(await screen.findByRole('option', { name: 'JSON' }));
    fireEvent.change(screen.getByLabelText('JSON path'), { target: { value: 'records[*]' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create classifier' }));
    const error = await screen.findByText(/must start with "\$"/);
    expect(screen.getByLabelText('JSON path').getAttribute('aria-describedby')).toContain(
      error.id || error.parentElement!.id,
    );
    fireEvent.change(screen.getByLabelText('JSON path'), { target: { value: '$.records[*]' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create classifier' }));
    await waitFor(() =>
      expect(store.getState().engine.world.glue.classifiers?.['records']?.JsonPath).toBe(
        '$.records[*]',
      ),
    );
  });
});
