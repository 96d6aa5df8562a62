/** A cell of a result: NULL is an empty unquoted field in Athena's CSV (querying.html). */
export type ResultCell = string | null;

const QUOTE = 34;
const COMMA = 44;
const NEWLINE = 10;
const RETURN = 13;

/** Parses rows from `start` until `budget` characters are read; returns where it stopped. */
function parseSome(text: string, start: number, budget: number, rows: ResultCell[][]): number {
  let i = start;
  const stopAfter = start + budget;
  while (i < text.length && i < stopAfter) {
    const row: ResultCell[] = [];
    for (;;) {
      if (text.charCodeAt(i) === QUOTE) {
        let value = '';
        let from = i + 1;
        for (;;) {
          const close = text.indexOf('"', from);
          if (close < 0) throw new Error('The result CSV ends inside a quoted value.');
          value += text.slice(from, close);
          if (text.charCodeAt(close + 1) === QUOTE) {
            value += '"';
            from = close + 2;
          } else {
            i = close + 1;
            break;
          }
        }
        row.push(value);
      } else {
        let end = i;
        while (end < text.length) {
          const c = text.charCodeAt(end);
          if (c === COMMA || c === NEWLINE || c === RETURN) break;
          end++;
        }
        row.push(end === i ? null : text.slice(i, end));
        i = end;
      }
      const c = text.charCodeAt(i);
      if (c === COMMA) {
        i++;
        continue;
      }
      if (c === RETURN) i++;
      if (text.charCodeAt(i) === NEWLINE) i++;
      break;
    }
    rows.push(row);
  }
  return i;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Parses a whole result CSV a slice at a time, yielding to the browser between slices so a
 * million rows never freeze the tab. `onProgress` gets the share of the text read (0..1).
 */
export async function parseResultCsv(
  text: string,
  options: { sliceChars?: number; onProgress?: (share: number) => void; signal?: AbortSignal } = {},
): Promise<ResultCell[][]> {
  const rows: ResultCell[][] = [];
  const slice = options.sliceChars ?? 2_000_000;
  let at = 0;
  while (at < text.length) {
    at = parseSome(text, at, slice, rows);
    options.onProgress?.(at / text.length);
    if (at < text.length) {
      await nextTask();
      options.signal?.throwIfAborted();
    }
  }
  return rows;
}
