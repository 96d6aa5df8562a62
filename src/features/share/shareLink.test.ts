import { describe, expect, it } from 'vitest';
import { deflateSync, strToU8 } from 'fflate';
import { createEngine } from '../../engine';
import { writeLabFile } from '../../engine/core/labFile';
import {
  decodeLabParam,
  encodeLabParam,
  fromBase64Url,
  labShareUrl,
  lessonShareUrl,
  toBase64Url,
} from './shareLink';

async function labWithBucket() {
  const engine = createEngine({ seed: 7 });
  await engine.call('s3', 'CreateBucket', { Bucket: 'shared-bucket' });
  await engine.call('s3', 'PutObject', { Bucket: 'shared-bucket', Key: 'a.csv', Body: 'id\n1\n' });
  return engine;
}

describe('share links', () => {
  it('round-trips a lab: the decoded world equals the shared one, bytes included', async () => {
    const engine = await labWithBucket();
    const param = encodeLabParam(writeLabFile(engine.snapshot()));
    expect(param).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
    const { world } = decodeLabParam(param);
    expect(world).toEqual(engine.snapshot());
    expect(
      new TextDecoder().decode(world.s3.buckets['shared-bucket']!.objects['a.csv']!.Body),
    ).toBe('id\n1\n');
  });

  it('base64url round-trips every byte value', () => {
    const bytes = Uint8Array.from({ length: 256 * 3 }, (_, i) => i % 256);
    expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes);
  });

  it('builds lab and lesson links under the page address', () => {
    expect(labShareUrl('https://x.test/lab/', new Uint8Array([1]))).toMatch(
      /^https:\/\/x\.test\/lab\/#\/open-lab\?lab=v1\./,
    );
    expect(lessonShareUrl('https://x.test/', 'lab-tour', 'open-s3')).toBe(
      'https://x.test/#/lessons/lab-tour?step=open-s3',
    );
  });

  it('refuses a link without the version prefix', () => {
    expect(() => decodeLabParam('abc')).toThrow(/not one LakeLab made/);
  });

  it('refuses characters that base64url never has', () => {
    expect(() => decodeLabParam('v1.ab$cd')).toThrow(/characters a LakeLab link never has/);
  });

  it('refuses a truncated link whose data does not decompress', async () => {
    const param = encodeLabParam(writeLabFile((await labWithBucket()).snapshot()));
    expect(() => decodeLabParam(param.slice(0, param.length / 2))).toThrow(/damaged/);
  });

  it('refuses a link whose data is not a lab file, naming the problem', () => {
    const param = `v1.${toBase64Url(deflateSync(strToU8('hello')))}`;
    expect(() => decodeLabParam(param)).toThrow(/damaged lab\. .*not a zip archive/);
  });
});
