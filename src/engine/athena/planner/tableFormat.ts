import type { SqlFileFormat, SqlTextOptions } from '../../sql/runner';
import type { GlueTable } from '../../glue/state';

export interface TableFormat {
  format: SqlFileFormat;
  text?: SqlTextOptions;
}

/** A SerDe parameter written as a character or as its decimal code (`field.delim` = `1` or `\u0001`). */
function delimiterOf(value: string | undefined, fallback: string): string {
  if (value === undefined || value === '') return fallback;
  if (/^\d+$/.test(value) && value.length > 1) return String.fromCharCode(Number(value));
  if (value === '\\t') return '\t';
  return value;
}

/**
 * How Athena reads a table's files, from its SerDe (athena/latest/ug/supported-serdes.html):
 * Parquet SerDe → Parquet; a JSON SerDe → JSON lines; OpenCSVSerde → quoted CSV (separator
 * `,` by default); LazySimpleSerDe → delimited text (`field.delim`, default `\u0001`, no quotes).
 */
export function tableFormatOf(table: Readonly<GlueTable>): TableFormat | { unsupported: string } {
  const descriptor = table.StorageDescriptor ?? {};
  const serde = descriptor.SerdeInfo?.SerializationLibrary ?? '';
  const params = descriptor.SerdeInfo?.Parameters ?? {};
  const input = descriptor.InputFormat ?? '';
  const classification = table.Parameters?.classification?.toLowerCase() ?? '';
  const skipHeaderLines = Number.parseInt(table.Parameters?.['skip.header.line.count'] ?? '0', 10);
  const skip = Number.isFinite(skipHeaderLines) ? skipHeaderLines : 0;
  if (/parquet/i.test(serde) || /parquet/i.test(input) || classification === 'parquet')
    return { format: 'parquet' };
  if (/orc|avro|ion/i.test(serde) || /orc|avro|ion/i.test(input))
    return { unsupported: serde || input };
  if (/json/i.test(serde) || classification === 'json') return { format: 'json' };
  if (/OpenCSVSerde/i.test(serde))
    return {
      format: 'csv',
      text: {
        delimiter: delimiterOf(params.separatorChar, ','),
        quoteChar: params.quoteChar ?? '"',
        escapeChar: params.escapeChar ?? '\\',
        skipHeaderLines: skip,
      },
    };
  const delimiter = delimiterOf(
    params['field.delim'] ?? params['serialization.format'],
    classification === 'csv' ? ',' : '\u0001',
  );
  return {
    format: 'csv',
    text: {
      delimiter,
      skipHeaderLines: skip,
      nullFormat: params['serialization.null.format'] ?? '\\N',
    },
  };
}
