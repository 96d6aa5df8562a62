// Glue column types are Hive DDL types: primitives, decimal(p,s), char(n), varchar(n) and the
// complex array<T>, map<K,V>, struct<name:T,…>, uniontype<T,…> (Athena "Data types in Amazon Athena").
const PRIMITIVES = new Set([
  'tinyint',
  'smallint',
  'int',
  'integer',
  'bigint',
  'float',
  'double',
  'boolean',
  'string',
  'date',
  'timestamp',
  'binary',
  'interval_day_time',
  'interval_year_month',
  'void',
]);

class TypeCursor {
  private position = 0;
  constructor(private readonly text: string) {}

  skipSpaces(): void {
    while (this.text[this.position] === ' ') this.position += 1;
  }

  word(): string {
    this.skipSpaces();
    const match = /^[A-Za-z_][A-Za-z0-9_]*/.exec(this.text.slice(this.position));
    if (!match)
      throw new Error(
        this.position >= this.text.length
          ? 'it ends too early'
          : `unexpected "${this.text.slice(this.position)}"`,
      );
    this.position += match[0].length;
    return match[0];
  }

  /** A struct field name: a word, or a name in backquotes. */
  fieldName(): string {
    this.skipSpaces();
    const quoted = /^`[^`]+`/.exec(this.text.slice(this.position));
    if (!quoted) return this.word();
    this.position += quoted[0].length;
    return quoted[0];
  }

  integer(): number {
    this.skipSpaces();
    const match = /^\d+/.exec(this.text.slice(this.position));
    if (!match) throw new Error(`expected a number at "${this.text.slice(this.position)}"`);
    this.position += match[0].length;
    return Number(match[0]);
  }

  peek(symbol: string): boolean {
    this.skipSpaces();
    return this.text.startsWith(symbol, this.position);
  }

  expect(symbol: string): void {
    if (!this.peek(symbol))
      throw new Error(`expected "${symbol}" at "${this.text.slice(this.position) || 'the end'}"`);
    this.position += symbol.length;
  }

  atEnd(): boolean {
    this.skipSpaces();
    return this.position >= this.text.length;
  }
}

function parseParameters(cursor: TypeCursor, name: string): void {
  if (name === 'decimal') {
    if (!cursor.peek('(')) return;
    cursor.expect('(');
    const precision = cursor.integer();
    const scale = cursor.peek(',') ? (cursor.expect(','), cursor.integer()) : 0;
    cursor.expect(')');
    // Hive: decimal precision 1–38, scale 0–precision.
    if (precision < 1 || precision > 38 || scale > precision)
      throw new Error(
        `decimal(${precision},${scale}) needs precision 1–38 and scale at most the precision`,
      );
    return;
  }
  cursor.expect('(');
  const length = cursor.integer();
  cursor.expect(')');
  // Hive: char(1–255), varchar(1–65535).
  const max = name === 'char' ? 255 : 65535;
  if (length < 1 || length > max)
    throw new Error(`${name}(${length}) needs a length between 1 and ${max}`);
}

function parseList(cursor: TypeCursor, item: () => void): void {
  cursor.expect('<');
  item();
  while (cursor.peek(',')) {
    cursor.expect(',');
    item();
  }
  cursor.expect('>');
}

function parseType(cursor: TypeCursor): void {
  const name = cursor.word().toLowerCase();
  if (PRIMITIVES.has(name)) return;
  if (name === 'decimal' || name === 'char' || name === 'varchar')
    return parseParameters(cursor, name);
  if (name === 'array') {
    cursor.expect('<');
    parseType(cursor);
    return cursor.expect('>');
  }
  if (name === 'map') {
    cursor.expect('<');
    parseType(cursor);
    cursor.expect(',');
    parseType(cursor);
    return cursor.expect('>');
  }
  if (name === 'struct')
    return parseList(cursor, () => {
      cursor.fieldName();
      cursor.expect(':');
      parseType(cursor);
    });
  if (name === 'uniontype') return parseList(cursor, () => parseType(cursor));
  throw new Error(`"${name}" is not a Hive type`);
}

/** Why a Hive type string is invalid, or undefined when it is valid. */
export function hiveTypeProblem(type: string): string | undefined {
  try {
    const cursor = new TypeCursor(type.trim());
    parseType(cursor);
    if (!cursor.atEnd()) throw new Error('it has text after the type');
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

/** The comparison a partition key's type implies: numbers for numeric types, text otherwise. */
export function isNumericHiveType(type: string | undefined): boolean {
  return /^\s*(tinyint|smallint|int|integer|bigint|float|double|decimal)\b/i.test(type ?? '');
}
