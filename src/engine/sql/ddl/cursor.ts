import { syntaxError, type SourcePosition } from './errors';
import { tokenize, type Token } from './lexer';
import type { ColumnDef, PartitionSpec, Properties, TableRef } from './types';

const describe = (token: Token) =>
  token.kind === 'end' ? '<EOF>' : token.kind === 'string' ? `'${token.text}'` : `'${token.text}'`;

/** Walks a statement's tokens; every `expect…` throws Athena's SYNTAX_ERROR with line:column. */
export class Cursor {
  private index = 0;
  readonly tokens: Token[];

  constructor(readonly sql: string) {
    this.tokens = tokenize(sql);
  }

  peek(ahead = 0): Token {
    return this.tokens[Math.min(this.index + ahead, this.tokens.length - 1)]!;
  }

  next(): Token {
    const token = this.peek();
    if (token.kind !== 'end') this.index += 1;
    return token;
  }

  isWord(word: string, ahead = 0): boolean {
    const token = this.peek(ahead);
    return token.kind === 'word' && token.text.toUpperCase() === word;
  }

  isPunct(text: string, ahead = 0): boolean {
    const token = this.peek(ahead);
    return token.kind === 'punct' && token.text === text;
  }

  /** Consumes the keywords in order if they all follow; otherwise consumes nothing. */
  acceptWords(...words: string[]): boolean {
    if (!words.every((word, i) => this.isWord(word, i))) return false;
    this.index += words.length;
    return true;
  }

  acceptPunct(text: string): boolean {
    if (!this.isPunct(text)) return false;
    this.index += 1;
    return true;
  }

  fail(expected: string, token = this.peek()): never {
    throw syntaxError(`mismatched input ${describe(token)}. Expecting: ${expected}`, token.at);
  }

  expectWords(...words: string[]): void {
    for (const word of words) if (!this.acceptWords(word)) this.fail(`'${word}'`);
  }

  expectPunct(text: string): void {
    if (!this.acceptPunct(text)) this.fail(`'${text}'`);
  }

  /** An identifier: a bare word, or `back-quoted` / "double-quoted" text. */
  identifier(what = '<identifier>'): string {
    const token = this.peek();
    if (token.kind !== 'word' && token.kind !== 'quoted') this.fail(what);
    this.index += 1;
    return token.text;
  }

  string(what = '<string>'): string {
    const token = this.peek();
    if (token.kind !== 'string') this.fail(what);
    this.index += 1;
    return token.text;
  }

  number(what = '<integer>'): number {
    const token = this.peek();
    if (token.kind !== 'number') this.fail(what);
    this.index += 1;
    return Number(token.text);
  }

  /** `[db.]name`; Athena also accepts `db.name` inside one pair of back quotes. */
  tableRef(): TableRef {
    const at = this.peek().at;
    const quotedWhole = this.peek().kind === 'quoted' && this.peek().text.includes('.');
    const first = this.identifier('<table name>');
    if (quotedWhole) {
      const [database = '', name = ''] = first.split('.', 2);
      return { database, name, at };
    }
    if (this.acceptPunct('.'))
      return { database: first, name: this.identifier('<table name>'), at };
    return { name: first, at };
  }

  /** Ends the statement: an optional `;`, then nothing. */
  end(): void {
    this.acceptPunct(';');
    if (this.peek().kind !== 'end') this.fail('<EOF>');
  }

  atEnd(): boolean {
    return this.peek().kind === 'end' || (this.isPunct(';') && this.peek(1).kind === 'end');
  }

  /** The statement text from this token to the end, without a trailing `;`. */
  rest(): { text: string; at: SourcePosition } {
    const token = this.peek();
    if (token.kind === 'end') this.fail('<query>');
    const text = this.sql.slice(token.start).replace(/;\s*$/, '').trim();
    this.index = this.tokens.length - 1;
    return { text, at: token.at };
  }

  /** `('k' = 'v', …)`. */
  properties(): Properties {
    const properties: Properties = {};
    this.expectPunct('(');
    do {
      const key = this.string('<property name>');
      this.expectPunct('=');
      properties[key] = this.string('<property value>');
    } while (this.acceptPunct(','));
    this.expectPunct(')');
    return properties;
  }

  /** A Hive column type: words, numbers and `< > ( ) , :`, balanced, stopping at `,` or `)` outside brackets. */
  columnType(): string {
    let depth = 0;
    let text = '';
    const start = this.peek();
    for (;;) {
      const token = this.peek();
      if (token.kind === 'end') break;
      // Outside brackets a type is one word: the next word (COMMENT, LOCATION…) ends it.
      if (
        depth === 0 &&
        (this.isPunct(',') || this.isPunct(')') || (text !== '' && token.kind === 'word'))
      )
        break;
      if (token.kind === 'punct' && (token.text === '<' || token.text === '(')) depth += 1;
      if (token.kind === 'punct' && (token.text === '>' || token.text === ')')) depth -= 1;
      if (depth < 0) break;
      text +=
        token.kind === 'word' || token.kind === 'quoted' ? token.text.toLowerCase() : token.text;
      this.index += 1;
    }
    if (text === '') this.fail('<type>', start);
    return text;
  }

  /** `(name type [COMMENT '…'], …)`. */
  columnList(): ColumnDef[] {
    const columns: ColumnDef[] = [];
    this.expectPunct('(');
    do {
      const name = this.identifier('<column name>');
      const type = this.columnType();
      const comment = this.acceptWords('COMMENT') ? this.string() : undefined;
      columns.push({ name, type, ...(comment !== undefined ? { comment } : {}) });
    } while (this.acceptPunct(','));
    this.expectPunct(')');
    return columns;
  }

  /** `PARTITION (k = 'v', …)`, the PARTITION keyword already consumed. */
  partitionSpec(): PartitionSpec {
    const at = this.peek().at;
    const values: PartitionSpec['values'] = [];
    this.expectPunct('(');
    do {
      const key = this.identifier('<partition key>');
      this.expectPunct('=');
      const token = this.next();
      if (token.kind !== 'string' && token.kind !== 'number') this.fail('<partition value>', token);
      values.push({ key, value: token.text });
    } while (this.acceptPunct(','));
    this.expectPunct(')');
    return { values, at };
  }

  /** `(a, b, …)` of identifiers. */
  identifierList(): string[] {
    const names: string[] = [];
    this.expectPunct('(');
    do names.push(this.identifier());
    while (this.acceptPunct(','));
    this.expectPunct(')');
    return names;
  }
}
