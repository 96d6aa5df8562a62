import { describe, expect, it } from 'vitest';
import { previewObject } from './preview';
import { utf8Encode } from './text';
import { toJsonLines } from './writers';

const preview = (key: string, text: string) => previewObject(key, utf8Encode(text));

describe('JSON preview', () => {
  it('types JSON lines as Glue does, nested objects as struct and lists as array', async () => {
    const text = toJsonLines([
      { id: 1, price: 2.5, ok: true, geo: { country: 'FR', city: 'Paris' }, tags: ['a'] },
      {
        id: 3_000_000_000,
        price: 4,
        ok: false,
        geo: { country: 'DE', city: 'Berlin', zip: 10115 },
        tags: [],
      },
    ]);
    const result = await preview('events.json', text);
    expect(result.columns).toEqual([
      { name: 'id', type: 'bigint' },
      { name: 'price', type: 'double' },
      { name: 'ok', type: 'boolean' },
      { name: 'geo', type: 'struct<country:string,city:string,zip:int>' },
      { name: 'tags', type: 'array<string>' },
    ]);
    expect(result.rows[0]).toEqual([1, 2.5, true, { country: 'FR', city: 'Paris' }, ['a']]);
    expect(result).toMatchObject({ format: 'json', totalRowsKnown: 2, truncated: false });
  });

  it('gives a column that is sometimes missing null in the rows without it', async () => {
    const result = await preview('e.json', '{"a":1}\n{"a":2,"b":"x"}\n');
    expect(result.rows).toEqual([
      [1, null],
      [2, 'x'],
    ]);
  });

  it('names the line that is not valid JSON', async () => {
    await expect(preview('logs/events.json', '{"a":1}\n{"a":2}\n{"a":3,}\n')).rejects.toThrow(
      /^Line 3 of events\.json is not valid JSON: .+ at column 8$/,
    );
  });

  it('previews a JSON array document one row per element, and says how Glue sees it', async () => {
    const result = await preview(
      'people.json',
      '[{"name":"Ann","age":30},{"name":"Bob","age":41}]',
    );
    expect(result.rows).toEqual([
      ['Ann', 30],
      ['Bob', 41],
    ]);
    expect(result.warnings[0]).toMatch(/\$\[\*\]/);
  });

  it('names where a JSON document breaks', async () => {
    await expect(preview('config.json', '{\n  "a": 1,\n  "b": 2,\n}')).rejects.toThrow(
      /^config\.json is not valid JSON: .+ at line 4, column 1$/,
    );
    await expect(preview('config.json', '{\n  "b": oops\n}')).rejects.toThrow(
      "config.json is not valid JSON: Unexpected token 'o'",
    );
  });
});
