import { invalidInput } from '../core/errors';

// LF data filters: the row filter is a PartiQL WHERE-like expression of at most 2,048 characters.
// LakeLab accepts comparisons, AND/OR/NOT, IN, LIKE, IS [NOT] NULL, BETWEEN, parentheses and literals.

export type Operand =
  | { type: 'column'; name: string }
  | { type: 'string'; value: string }
  | { type: 'number'; value: number; text: string }
  | { type: 'boolean'; value: boolean };

export type RowFilterNode =
  | { type: 'or' | 'and'; items: RowFilterNode[] }
  | { type: 'not'; item: RowFilterNode }
  | { type: 'cmp'; op: '=' | '<>' | '<' | '<=' | '>' | '>='; left: Operand; right: Operand }
  | { type: 'in'; operand: Operand; values: Operand[]; negated: boolean }
  | { type: 'like'; operand: Operand; pattern: string; negated: boolean }
  | { type: 'null'; operand: Operand; negated: boolean }
  | { type: 'between'; operand: Operand; low: Operand; high: Operand; negated: boolean };

type Token =
  | { kind: 'word'; text: string }
  | { kind: 'ident'; text: string }
  | { kind: 'string'; text: string }
  | { kind: 'number'; text: string }
  | { kind: 'op'; text: string };

const TOKEN =
  /\s*(?:(?<number>\d+(?:\.\d+)?)|(?<word>[A-Za-z_][A-Za-z0-9_]*)|"(?<ident>(?:[^"]|"")*)"|'(?<string>(?:[^']|'')*)'|(?<op><>|!=|<=|>=|[=<>(),-]))/y;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  let position = 0;
  while (text.slice(position).trim() !== '') {
    TOKEN.lastIndex = position;
    const match = TOKEN.exec(text);
    if (!match?.groups) throw problem(`unexpected character at position ${position + 1}`);
    const g = match.groups;
    if (g.number !== undefined) tokens.push({ kind: 'number', text: g.number });
    else if (g.word !== undefined) tokens.push({ kind: 'word', text: g.word });
    else if (g.ident !== undefined)
      tokens.push({ kind: 'ident', text: g.ident.replace(/""/g, '"') });
    else if (g.string !== undefined)
      tokens.push({ kind: 'string', text: g.string.replace(/''/g, "'") });
    else tokens.push({ kind: 'op', text: g.op === '!=' ? '<>' : (g.op ?? '') });
    position = TOKEN.lastIndex;
  }
  return tokens;
}

const problem = (detail: string) =>
  invalidInput(`The row filter expression is not valid: ${detail}.`);
const KEYWORDS = new Set([
  'AND',
  'OR',
  'NOT',
  'IN',
  'LIKE',
  'IS',
  'NULL',
  'BETWEEN',
  'TRUE',
  'FALSE',
]);

class Parser {
  private i = 0;
  constructor(private readonly tokens: Token[]) {}

  private peekWord(word: string): boolean {
    const t = this.tokens[this.i];
    return t?.kind === 'word' && t.text.toUpperCase() === word;
  }
  private acceptWord(word: string): boolean {
    if (!this.peekWord(word)) return false;
    this.i++;
    return true;
  }
  private expectWord(word: string): void {
    if (!this.acceptWord(word)) throw problem(`expected ${word}`);
  }
  private acceptOp(op: string): boolean {
    const t = this.tokens[this.i];
    if (t?.kind !== 'op' || t.text !== op) return false;
    this.i++;
    return true;
  }
  private expectOp(op: string): void {
    if (!this.acceptOp(op)) throw problem(`expected "${op}"`);
  }

  parse(): RowFilterNode {
    const node = this.or();
    if (this.i < this.tokens.length)
      throw problem(`unexpected "${this.tokens[this.i]?.text ?? ''}"`);
    return node;
  }
  private or(): RowFilterNode {
    const items = [this.and()];
    while (this.acceptWord('OR')) items.push(this.and());
    return items.length === 1 ? items[0]! : { type: 'or', items };
  }
  private and(): RowFilterNode {
    const items = [this.not()];
    while (this.acceptWord('AND')) items.push(this.not());
    return items.length === 1 ? items[0]! : { type: 'and', items };
  }
  private not(): RowFilterNode {
    if (this.acceptWord('NOT')) return { type: 'not', item: this.not() };
    return this.predicate();
  }
  private predicate(): RowFilterNode {
    const start = this.i;
    if (this.acceptOp('(')) {
      // A parenthesised expression, unless it is the start of a value (none are).
      const inner = this.or();
      this.expectOp(')');
      return inner;
    }
    this.i = start;
    const operand = this.operand();
    if (this.acceptWord('IS')) {
      const negated = this.acceptWord('NOT');
      this.expectWord('NULL');
      return { type: 'null', operand, negated };
    }
    const negated = this.acceptWord('NOT');
    if (this.acceptWord('IN')) {
      this.expectOp('(');
      const values = [this.operand()];
      while (this.acceptOp(',')) values.push(this.operand());
      this.expectOp(')');
      return { type: 'in', operand, values, negated };
    }
    if (this.acceptWord('LIKE')) {
      const pattern = this.operand();
      if (pattern.type !== 'string') throw problem('LIKE needs a string pattern');
      return { type: 'like', operand, pattern: pattern.value, negated };
    }
    if (this.acceptWord('BETWEEN')) {
      const low = this.operand();
      this.expectWord('AND');
      return { type: 'between', operand, low, high: this.operand(), negated };
    }
    if (negated) throw problem('expected IN, LIKE or BETWEEN after NOT');
    const t = this.tokens[this.i];
    if (t?.kind !== 'op' || !['=', '<>', '<', '<=', '>', '>='].includes(t.text))
      throw problem('expected a comparison (=, <>, <, <=, >, >=, IN, LIKE, IS NULL, BETWEEN)');
    this.i++;
    return { type: 'cmp', op: t.text as '=', left: operand, right: this.operand() };
  }
  private operand(): Operand {
    const negative = this.acceptOp('-');
    const t = this.tokens[this.i++];
    if (!t) throw problem('the expression ends too early');
    if (t.kind === 'number')
      return {
        type: 'number',
        value: Number(t.text) * (negative ? -1 : 1),
        text: `${negative ? '-' : ''}${t.text}`,
      };
    if (negative) throw problem('"-" must precede a number');
    if (t.kind === 'string') return { type: 'string', value: t.text };
    if (t.kind === 'ident') return { type: 'column', name: t.text };
    if (t.kind === 'word') {
      const upper = t.text.toUpperCase();
      if (upper === 'TRUE' || upper === 'FALSE')
        return { type: 'boolean', value: upper === 'TRUE' };
      if (KEYWORDS.has(upper)) throw problem(`unexpected keyword ${upper}`);
      return { type: 'column', name: t.text };
    }
    throw problem(`unexpected "${t.text}"`);
  }
}

/** Parses a row filter expression; InvalidInputException names what is wrong. */
export function parseRowFilter(expression: string): RowFilterNode {
  if (expression.length > 2048)
    throw invalidInput('The row filter expression must be at most 2048 characters long.');
  if (expression.trim() === '') throw problem('it is empty');
  return new Parser(tokenize(expression)).parse();
}

/** The column names an expression reads (as written). */
export function rowFilterColumns(expression: string): string[] {
  const names = new Set<string>();
  const visit = (node: RowFilterNode): void => {
    const operands: Operand[] = [];
    if (node.type === 'or' || node.type === 'and') return node.items.forEach(visit);
    if (node.type === 'not') return visit(node.item);
    if (node.type === 'like' || node.type === 'null') operands.push(node.operand);
    else if (node.type === 'cmp') operands.push(node.left, node.right);
    else if (node.type === 'in') operands.push(node.operand, ...node.values);
    else if (node.type === 'between') operands.push(node.operand, node.low, node.high);
    for (const o of operands) if (o.type === 'column') names.add(o.name);
  };
  visit(parseRowFilter(expression));
  return [...names];
}
