import { describe, expect, it } from 'vitest';
import { createEngine } from '../../engine';
import { writeLabFile } from '../../engine/core/labFile';
import { createLakeStore } from '../../store';
import { takeSharedLabFromLocation } from './openSharedLink';
import { encodeLabParam } from './shareLink';

/** Enough of `window.location` for the function: the hash, and where `replace` sends it. */
function fakeLocation(hash: string) {
  const replaced: string[] = [];
  const location = {
    hash,
    pathname: '/lakelab/',
    search: '',
    replace: (url: string) => replaced.push(url),
  } as unknown as Location;
  return { location, replaced };
}

async function sharedParam() {
  const engine = createEngine({ seed: 3 });
  await engine.call('s3', 'CreateBucket', { Bucket: 'from-the-teacher' });
  return encodeLabParam(writeLabFile(engine.snapshot()));
}

async function storeWithBucket() {
  const store = createLakeStore();
  await store.getState().engine.call('s3', 'CreateBucket', { Bucket: 'my-own-work' });
  return store;
}

const buckets = (store: ReturnType<typeof createLakeStore>) =>
  Object.keys(store.getState().engine.world.s3.buckets);

describe('opening a shared lab link', () => {
  it('offers the lab and leaves the current one in place until the user opens it', async () => {
    const store = await storeWithBucket();
    const { location, replaced } = fakeLocation(`#/open-lab?lab=${await sharedParam()}`);
    expect(takeSharedLabFromLocation(store, location)).toBe(true);
    expect(replaced).toEqual(['/lakelab/#/']);
    expect(store.getState().sharedLabOffer?.bucketNames).toEqual(['from-the-teacher']);
    expect(buckets(store)).toEqual(['my-own-work']);
    store.getState().openSharedLab();
    expect(buckets(store)).toEqual(['from-the-teacher']);
    expect(store.getState().sharedLabOffer).toBeUndefined();
  });

  it('Cancel keeps the current lab', async () => {
    const store = await storeWithBucket();
    takeSharedLabFromLocation(
      store,
      fakeLocation(`#/open-lab?lab=${await sharedParam()}`).location,
    );
    store.getState().dismissSharedLab();
    expect(buckets(store)).toEqual(['my-own-work']);
  });

  it('a corrupted link becomes an error notification naming the problem, and changes nothing', async () => {
    const store = await storeWithBucket();
    const param = await sharedParam();
    const { location } = fakeLocation(`#/open-lab?lab=${param.slice(0, -40)}`);
    takeSharedLabFromLocation(store, location);
    expect(store.getState().sharedLabOffer).toBeUndefined();
    const [note] = store.getState().notifications;
    expect(note?.type).toBe('error');
    expect(String(note?.content)).toMatch(/damaged.*Your lab was not changed/);
    expect(buckets(store)).toEqual(['my-own-work']);
  });

  it('a link without its lab says the lab= part is missing', async () => {
    const store = await storeWithBucket();
    takeSharedLabFromLocation(store, fakeLocation('#/open-lab').location);
    expect(String(store.getState().notifications[0]?.content)).toMatch(/"lab=" part is missing/);
  });

  it('ignores addresses that are not share links', async () => {
    const store = await storeWithBucket();
    const { location, replaced } = fakeLocation('#/s3');
    expect(takeSharedLabFromLocation(store, location)).toBe(false);
    expect(replaced).toEqual([]);
  });
});
