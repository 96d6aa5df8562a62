import { describe, expect, it } from 'vitest';
import { normaliseS3Settings } from './s3Settings';
import { cdcFileStamp, cdcKey, datePartition, dmsTimestamp, fullLoadKey } from './s3Output';

const settings = (extra: object = {}) =>
  normaliseS3Settings({
    BucketName: 'b',
    ServiceAccessRoleArn: 'arn:aws:iam::111122223333:role/r',
    ...extra,
  });
const AT = Date.UTC(2025, 0, 6, 9, 15, 30, 123);

describe('DMS S3 target object names', () => {
  it('numbers full-load files with an 8-digit hexadecimal counter (LOAD00000009, LOAD0000000A, LOAD00000010)', () => {
    const s = settings({ BucketFolder: 'raw' });
    expect(fullLoadKey(s, 'shop', 'orders', 1)).toBe('raw/shop/orders/LOAD00000001.csv');
    expect(fullLoadKey(s, 'shop', 'orders', 10)).toBe('raw/shop/orders/LOAD0000000A.csv');
    expect(fullLoadKey(s, 'shop', 'orders', 16)).toBe('raw/shop/orders/LOAD00000010.csv');
  });

  it('puts tables at <schema>/<table>/ when there is no BucketFolder', () => {
    expect(fullLoadKey(settings(), 'shop', 'orders', 1)).toBe('shop/orders/LOAD00000001.csv');
  });

  it('names gzip CSV files .csv.gz and Parquet files .parquet', () => {
    expect(fullLoadKey(settings({ CompressionType: 'GZIP' }), 's', 't', 1)).toMatch(
      /LOAD00000001\.csv\.gz$/,
    );
    expect(fullLoadKey(settings({ DataFormat: 'parquet' }), 's', 't', 1)).toMatch(
      /LOAD00000001\.parquet$/,
    );
  });

  it('names CDC files by the time they are written, yyyymmdd-hhmmssfff', () => {
    expect(cdcFileStamp(AT)).toBe('20250106-091530123');
    expect(cdcKey(settings(), 'shop', 'orders', AT, '')).toBe('shop/orders/20250106-091530123.csv');
  });

  it('writes the timestamp column as yyyy-MM-dd HH:mm:ss.SSSSSS', () => {
    expect(dmsTimestamp(AT)).toBe('2025-01-06 09:15:30.123000');
  });

  it('formats every millisecond of a minute as the ISO time does, across minutes, days and years', () => {
    const viaIso = (ms: number) => {
      const iso = new Date(ms).toISOString();
      return `${iso.slice(0, 10)} ${iso.slice(11, 23)}000`;
    };
    const times = [AT, AT + 1, AT - 123, Date.UTC(2024, 11, 31, 23, 59, 59, 999), 0, -1, -60_001];
    for (let ms = AT - 1000; ms < AT + 61_000; ms += 7) times.push(ms);
    for (const ms of [...times, 1.5, AT + 0.9, -0.5]) expect(dmsTimestamp(ms)).toBe(viaIso(ms));
  });

  it('partitions CDC folders by commit date in DatePartitionSequence order, joined by DatePartitionDelimiter', () => {
    expect(datePartition(settings(), AT)).toBe('');
    expect(datePartition(settings({ DatePartitionEnabled: true }), AT)).toBe('2025/01/06/');
    expect(
      datePartition(
        settings({
          DatePartitionEnabled: true,
          DatePartitionSequence: 'DDMMYYYY',
          DatePartitionDelimiter: 'DASH',
        }),
        AT,
      ),
    ).toBe('06-01-2025/');
    expect(
      datePartition(
        settings({ DatePartitionEnabled: true, DatePartitionSequence: 'YYYYMMDDHH' }),
        AT,
      ),
    ).toBe('2025/01/06/09/');
  });

  it('fills DMS defaults: csv, no compression, comma, no header, CDC every 60 s or 32,000 KB', () => {
    expect(settings()).toMatchObject({
      DataFormat: 'csv',
      CompressionType: 'NONE',
      CsvDelimiter: ',',
      AddColumnName: false,
      IncludeOpForFullLoad: false,
      CdcMaxBatchInterval: 60,
      CdcMinFileSize: 32_000,
      MaxFileSize: 1_048_576,
    });
  });

  it('rejects an unknown DataFormat and a missing ServiceAccessRoleArn', () => {
    expect(() => settings({ DataFormat: 'orc' })).toThrow(/DataFormat "orc"/);
    expect(() => normaliseS3Settings({ BucketName: 'b' })).toThrow(
      /ServiceAccessRoleArn is required/,
    );
  });
});
