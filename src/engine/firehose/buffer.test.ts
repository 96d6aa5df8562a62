import { strFromU8, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { toBase64 } from '../kinesis/blob';
import {
  appendRecords,
  bufferedBytes,
  bufferedRecordCount,
  emptyBuffer,
  recordsOf,
  upgradeLegacyBuffer,
} from './buffer';
import type { DeliveryBuffer } from './state';

const record = (text: string, arrival: number) => ({ data: strToU8(text), arrival });

describe('delivery buffer chunks', () => {
  it('gives back every record with its arrival, across chunks, empty records included', () => {
    const buffer = emptyBuffer(1000, {});
    appendRecords(buffer, [record('a', 1000), record('', 1000), record('bc', 1001)], 0);
    appendRecords(buffer, [record('', 2000)], 0);
    appendRecords(buffer, [record('def', 3000)], 0);
    expect(recordsOf(buffer).map((r) => [strFromU8(r.data), r.arrival])).toEqual([
      ['a', 1000],
      ['', 1000],
      ['bc', 1001],
      ['', 2000],
      ['def', 3000],
    ]);
    expect(bufferedRecordCount(buffer)).toBe(5);
    expect(strFromU8(bufferedBytes(buffer))).toBe('abcdef');
  });

  it('counts a delimiter byte per record in the buffered size when one is appended', () => {
    const buffer = emptyBuffer(0, {});
    appendRecords(buffer, [record('ab', 0), record('c', 0)], 1);
    expect(buffer.bytes).toBe(5);
  });

  it('copies records that are part of a larger array, so no chunk holds on to the rest of it', () => {
    const request = strToU8('xyz-rest of a larger request');
    const buffer = emptyBuffer(0, {});
    appendRecords(buffer, [{ data: request.subarray(0, 3), arrival: 0 }], 0);
    request[0] = 0x41;
    expect(strFromU8(bufferedBytes(buffer))).toBe('xyz');
    expect(buffer.chunks[0]!.buffer.byteLength).toBe(3);
  });

  it('keeps adjacent views that fill one array (a producer’s tick) as one chunk without copying', () => {
    const batch = strToU8('ab\ncd\n');
    const buffer = emptyBuffer(0, {});
    appendRecords(
      buffer,
      [
        { data: batch.subarray(0, 3), arrival: 0 },
        { data: batch.subarray(3, 6), arrival: 0 },
      ],
      0,
    );
    expect(buffer.chunks).toHaveLength(1);
    expect(buffer.chunks[0]!.buffer).toBe(batch.buffer);
    expect(recordsOf(buffer).map((r) => strFromU8(r.data))).toEqual(['ab\n', 'cd\n']);
  });

  it('copies records of different arrays into one new chunk', () => {
    const [first, second] = [strToU8('ab'), strToU8('cd')];
    const buffer = emptyBuffer(0, {});
    appendRecords(
      buffer,
      [
        { data: first, arrival: 0 },
        { data: second, arrival: 0 },
      ],
      0,
    );
    expect(buffer.chunks).toHaveLength(1);
    expect(strFromU8(buffer.chunks[0]!)).toBe('abcd');
  });

  it('upgrades a buffer saved with one base64 record object per record', () => {
    const legacy = {
      records: [
        { Data: toBase64(strToU8('{"a":1}')), arrival: 5, bytes: 8 },
        { Data: toBase64(strToU8('{"a":2}')), arrival: 6, bytes: 8 },
      ],
      bytes: 16,
      oldest: 5,
      keys: { k: 'v' },
    } as unknown as DeliveryBuffer;
    expect(bufferedRecordCount(legacy)).toBe(2);
    upgradeLegacyBuffer(legacy);
    expect('records' in legacy).toBe(false);
    expect(recordsOf(legacy).map((r) => [strFromU8(r.data), r.arrival])).toEqual([
      ['{"a":1}', 5],
      ['{"a":2}', 6],
    ]);
    expect(legacy).toMatchObject({ bytes: 16, oldest: 5, keys: { k: 'v' } });
  });
});
