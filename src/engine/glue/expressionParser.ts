import { invalidInput } from '../core/errors';

// Glue GetPartitions: "The expression uses SQL syntax similar to the SQL WHERE filter clause"
// with =, <>, >, <, >=, <= and AND, OR, IN, BETWEEN, LIKE, NOT, IS NULL.

export type Operand = { kind: 'key'; name: string } | { kind: 'literal'; text: string };
export type Comparator = '=' | '<>' | '<' | '>' | '<=' | '>=';
export type PartitionExpression =
  | { kind: 'and' | 'or'; left: PartitionExpression; right: PartitionExpression }
  | { kind: 'not'; operand: PartitionExpression }
  | { kind: 'compare'; op: Comparator; left: Operand; right: Operand }
  | { kind: 'between'; negated: boolean; value: Operand; low: Operand; high: Operand }
  | { kind: 'in'; negated: boolean; value: Operand; list: Operand[] }
  | { kind: 'like'; negated: boolean; value: Operand; pattern: Operand }
  | { kind: 'isNull'; negated: boolean; value: Operand };

type Token = {
  kind: 'word' | 'quotedName' | 'string' | 'number' | 'symbol';
  text: string;
  at: number;
};

const TOKEN =
  /\s*(?:(?<string>'(?:[^']|'')*')|(?<quotedName>`[^`]+`|"[^"]+")|(?<number>-?\d+(?:\.\d+)?)|(?<word>[A-Za-z_][A-Za-z0-9_]*)|(?<symbol><>|!=|<=|>=|[=<>(),]))/y;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    if (/^\s*$/.test(text.slice(TOKEN.lastIndex))) break;
    const at = TOKEN.lastIndex;
    const match = TOKEN.exec(text);
    const groups = match?.groups;
    if (!groups)
      throw invalidInput(
        `Unsupported expression: unexpected character at position ${at + 1} in "${text}".`,
      );
    const kind =
      (['string', 'quotedName', 'number', 'word', 'symbol'] as const).find(
        (k) => groups[k] !== undefined,
      ) ?? 'symbol';
    tokens.push({ kind, text: groups[kind] ?? '', at });
  }
  return tokens;
}

class Parser {
  private index = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly source: string,
    private readonly keys: ReadonlySet<string>,
  ) {}

  fail(problem: string): never {
    throw invalidInput(`Unsupported expression "${this.source}": ${problem}.`);
  }

  private peek(): Token | undefined {
    return this.tokens[this.index];
  }

  private isWord(word: string): boolean {
    const token = this.peek();
    return token?.kind === 'word' && token.text.toUpperCase() === word;
  }

  private take(word: string): boolean {
    if (!this.isWord(word) && this.peek()?.text !== word) return false;
    this.index += 1;
    return true;
  }

  private expect(word: string): void {
    if (!this.take(word)) this.fail(`expected ${word} ${this.where()}`);
  }

  private where(): string {
    const token = this.peek();
    return token ? `at "${token.text}" (position ${token.at + 1})` : 'at the end';
  }

  parse(): PartitionExpression {
    if (this.tokens.length === 0) this.fail('it is empty');
    const expression = this.or();
    if (this.peek()) this.fail(`unexpected ${this.where()}`);
    return expression;
  }

  private or(): PartitionExpression {
    let left = this.and();
    while (this.take('OR')) left = { kind: 'or', left, right: this.and() };
    return left;
  }

  private and(): PartitionExpression {
    let left = this.not();
    while (this.take('AND')) left = { kind: 'and', left, right: this.not() };
    return left;
  }

  private not(): PartitionExpression {
    if (this.take('NOT')) return { kind: 'not', operand: this.not() };
    if (this.take('(')) {
      const inner = this.or();
      this.expect(')');
      return inner;
    }
    return this.predicate();
  }

  private predicate(): PartitionExpression {
    const value = this.operand();
    if (this.take('IS')) {
      const negated = this.take('NOT');
      this.expect('NULL');
      return { kind: 'isNull', negated, value };
    }
    const negated = this.take('NOT');
    if (this.take('BETWEEN')) {
      const low = this.operand();
      this.expect('AND');
      return { kind: 'between', negated, value, low, high: this.operand() };
    }
    if (this.take('IN')) return { kind: 'in', negated, value, list: this.list() };
    if (this.take('LIKE')) return { kind: 'like', negated, value, pattern: this.operand() };
    if (negated) this.fail(`expected BETWEEN, IN or LIKE after NOT ${this.where()}`);
    const op = this.peek();
    if (op?.kind !== 'symbol' || !['=', '<>', '!=', '<', '>', '<=', '>='].includes(op.text))
      this.fail(`expected a comparison operator ${this.where()}`);
    this.index += 1;
    return {
      kind: 'compare',
      op: op.text === '!=' ? '<>' : (op.text as Comparator),
      left: value,
      right: this.operand(),
    };
  }

  private list(): Operand[] {
    this.expect('(');
    const items = [this.operand()];
    while (this.take(',')) items.push(this.operand());
    this.expect(')');
    return items;
  }

  private operand(): Operand {
    const token = this.peek();
    if (!token) this.fail('it ends too early');
    this.index += 1;
    if (token.kind === 'string')
      return { kind: 'literal', text: token.text.slice(1, -1).replaceAll("''", "'") };
    if (token.kind === 'number') return { kind: 'literal', text: token.text };
    if (token.kind === 'symbol' || ['AND', 'OR', 'NOT'].includes(token.text.toUpperCase()))
      this.fail(
        `expected a partition key or a value at "${token.text}" (position ${token.at + 1})`,
      );
    const name = (token.kind === 'quotedName' ? token.text.slice(1, -1) : token.text).toLowerCase();
    if (!this.keys.has(name))
      this.fail(
        `"${name}" is not a partition key of this table (partition keys: ${[...this.keys].join(', ') || 'none'})`,
      );
    return { kind: 'key', name };
  }
}

/** Parses a GetPartitions Expression over the table's partition keys, or throws InvalidInputException naming the problem. */
export function parsePartitionExpression(
  source: string,
  partitionKeys: readonly string[],
): PartitionExpression {
  const keys = new Set(partitionKeys.map((k) => k.toLowerCase()));
  return new Parser(tokenize(source), source, keys).parse();
}
