import { describe, expect, it } from 'vitest';
import { cliTimestamp, formatOutput, formatText, toPlain } from './format';
import { applyQuery } from './query';
import { humanReadableSize } from './s3Paths';

const listing = {
  Name: 'raw',
  KeyCount: 2,
  CommonPrefixes: [],
  Contents: [
    { Key: 'a.csv', Size: 10, LastModified: new Date('2025-01-06T09:00:00Z') },
    { Key: 'b.csv', Size: 300, LastModified: new Date('2025-01-06T09:00:00.250Z') },
  ],
};

describe('CLI output', () => {
  it('prints timestamps as ISO 8601 with +00:00, keeping milliseconds as microseconds', () => {
    expect(cliTimestamp(new Date('2025-01-06T09:00:00Z'))).toBe('2025-01-06T09:00:00+00:00');
    expect(cliTimestamp(new Date('2025-01-06T09:00:00.250Z'))).toBe(
      '2025-01-06T09:00:00.250000+00:00',
    );
  });
  it('never prints byte bodies or SDK metadata', () => {
    expect(toPlain({ Body: new Uint8Array([1]), $metadata: {}, ETag: '"e"' })).toEqual({
      ETag: '"e"',
    });
  });
  it('prints JSON with 4-space indentation', () => {
    expect(formatOutput({ Owner: { ID: '1' } }, 'json')).toBe(
      '{\n    "Owner": {\n        "ID": "1"\n    }\n}',
    );
  });
  it('prints text output: top-level scalars on a line, list items as KEY rows, empty lists not at all', () => {
    expect(formatText(toPlain(listing))).toBe(
      [
        '2\traw',
        'CONTENTS\ta.csv\t2025-01-06T09:00:00+00:00\t10',
        'CONTENTS\tb.csv\t2025-01-06T09:00:00.250000+00:00\t300',
      ].join('\n'),
    );
  });
  it('prints a table whose rows line up with its borders', () => {
    const lines = formatOutput({ Key: 'a.csv', Size: 10 }, 'table', 'HeadObject').split('\n');
    expect(new Set(lines.map((line) => line.length)).size).toBe(1);
    expect(lines[1]).toContain('HeadObject');
  });
  it('sizes like the CLI with --human-readable', () => {
    expect([1, 12, 2048, 1536 * 1024, 5 * 1024 ** 3].map(humanReadableSize)).toEqual([
      '1 Byte',
      '12 Bytes',
      '2.0 KiB',
      '1.5 MiB',
      '5.0 GiB',
    ]);
  });
});

describe('--query (JMESPath subset)', () => {
  const plain = toPlain(listing);
  it.each([
    ['Contents[].Key', ['a.csv', 'b.csv']],
    ['Contents[*].Size', [10, 300]],
    ['Contents[0].Key', 'a.csv'],
    ['Contents[-1].Key', 'b.csv'],
    ['length(Contents)', 2],
    [
      'Contents[].[Key,Size]',
      [
        ['a.csv', 10],
        ['b.csv', 300],
      ],
    ],
    ['Contents[?Size > `100`].Key', ['b.csv']],
    ["Contents[?Key == 'a.csv'].Size", [10]],
    ['Missing.Field', null],
  ])('%s', (expression, expected) => {
    expect(applyQuery(plain, expression)).toEqual(expected);
  });
  it('rejects an expression outside the subset with the CLI\'s "Bad value for --query"', () => {
    expect(() => applyQuery(plain, 'Contents | sort_by(@, &Size)')).toThrow(
      /^Bad value for --query/,
    );
  });
});
