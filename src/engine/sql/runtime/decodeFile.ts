import { compressionFromKey, compressionFromMagic, decompress } from '../../formats/compression';
import { isFormatError } from '../../formats/errors';
import { utf8Decode, withoutBom } from '../../formats/text';
import type { SqlSourceFile, SqlTableInput } from '../runner';
import { decodeJsonLines } from './decodeJson';
import { decodeParquet } from './decodeParquet';
import { decodeDelimited } from './decodeText';
import { SqlFailure } from './errors';
import type { RowInserter } from './rowInserter';
import type { TablePlan } from './tablePlan';

const DEFAULT_TEXT = { delimiter: ',', skipHeaderLines: 0 };

/** `s3://bucket/key`, as Athena names an object in its errors. */
export const objectNameOf = (file: SqlSourceFile): string => `s3://${file.bucket}/${file.key}`;

/** The object's text: decompressed when its first bytes or its key say gzip or Snappy. */
function textOf(file: SqlSourceFile): string {
  const compression = compressionFromMagic(file.bytes) ?? compressionFromKey(file.key) ?? 'none';
  try {
    return withoutBom(utf8Decode(decompress(file.bytes, compression)));
  } catch (error) {
    if (!isFormatError(error)) throw error;
    // Athena fails the query on a compressed object its codec cannot read (a cursor error).
    throw new SqlFailure('HIVE_CURSOR_ERROR', `${error.message} (${objectNameOf(file)})`);
  }
}

/** Decodes one object of a table into rows through `sink` (its partition slots already set). */
export async function decodeFile(
  file: SqlSourceFile,
  table: SqlTableInput,
  plan: TablePlan,
  sink: RowInserter,
): Promise<void> {
  if (file.bytes.length === 0) return;
  if (table.format === 'parquet')
    return decodeParquet(file.bytes, plan, table.columns, sink, objectNameOf(file));
  const text = textOf(file);
  if (table.format === 'json') decodeJsonLines(text, plan, sink, objectNameOf(file));
  else decodeDelimited(text, table.text ?? DEFAULT_TEXT, plan, sink);
}
