import { sqlError } from './errors';

export type TokenKind = 'word' | 'quoted' | 'string' | 'number' | 'op' | 'eof';

export interface Token {
  kind: TokenKind;
  /** Source text; for `word` the upper-cased keyword form is in `upper`. */
  text: string;
  upper: string;
  /** Identifier name (lower-cased, as Athena folds names) or the unescaped string/number text. */
  value: string;
  offset: number;
  line: number;
  column: number;
}

const OPERATORS = [
  '<>',
  '!=',
  '<=',
  '>=',
  '||',
  '->',
  '=>',
  '(',
  ')',
  ',',
  '.',
  '+',
  '-',
  '*',
  '/',
  '%',
  '<',
  '>',
  '=',
  '[',
  ']',
  ';',
  '?',
  ':',
];

class Cursor {
  line = 1;
  lineStart = 0;
  constructor(readonly src: string) {}
  posAt(offset: number): { line: number; column: number } {
    return { line: this.line, column: offset - this.lineStart + 1 };
  }
  advanceLines(from: number, to: number): void {
    for (let i = from; i < to; i += 1) {
      if (this.src[i] === '\n') {
        this.line += 1;
        this.lineStart = i + 1;
      }
    }
  }
}

function skipSpaceAndComments(src: string, i: number): number {
  for (;;) {
    const c = src[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f') i += 1;
    else if (c === '-' && src[i + 1] === '-') {
      while (i < src.length && src[i] !== '\n') i += 1;
    } else if (c === '/' && src[i + 1] === '*') {
      const end = src.indexOf('*/', i + 2);
      i = end < 0 ? src.length : end + 2;
    } else return i;
  }
}

function readQuoted(
  src: string,
  start: number,
  quote: string,
): { end: number; value: string } | undefined {
  let value = '';
  let i = start + 1;
  while (i < src.length) {
    const c = src[i]!;
    if (c === quote) {
      if (src[i + 1] === quote) {
        value += quote;
        i += 2;
        continue;
      }
      return { end: i + 1, value };
    }
    value += c;
    i += 1;
  }
  return undefined;
}

const WORD_START = /[A-Za-z_]/;
const WORD_CHAR = /[A-Za-z0-9_@$]/;
const NUMBER = /^(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?/;

/** Splits Trino SQL into tokens; names are folded to lower case, as Athena does for `"Quoted"` ones too. */
export function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  const cur = new Cursor(src);
  let i = 0;
  for (;;) {
    const next = skipSpaceAndComments(src, i);
    cur.advanceLines(i, next);
    i = next;
    const pos = cur.posAt(i);
    const push = (kind: TokenKind, end: number, value: string): void => {
      const text = src.slice(i, end);
      tokens.push({ kind, text, upper: text.toUpperCase(), value, offset: i, ...pos });
      cur.advanceLines(i, end);
      i = end;
    };
    if (i >= src.length) {
      tokens.push({ kind: 'eof', text: '<EOF>', upper: '<EOF>', value: '', offset: i, ...pos });
      return tokens;
    }
    const c = src[i]!;
    if (c === "'" || c === '"' || c === '`') {
      const q = readQuoted(src, i, c);
      if (!q)
        throw sqlError(
          'SYNTAX_ERROR',
          pos,
          `mismatched input '${c}'. Expecting: <unterminated ${c === "'" ? 'string' : 'identifier'}>`,
        );
      if (c === '`')
        throw sqlError(
          'SYNTAX_ERROR',
          pos,
          'backquoted identifiers are not supported; use double quotes to quote identifiers',
        );
      push(c === "'" ? 'string' : 'quoted', q.end, c === "'" ? q.value : q.value.toLowerCase());
      continue;
    }
    const num = NUMBER.exec(src.slice(i, i + 64));
    if (num && (/\d/.test(c) || (c === '.' && /\d/.test(src[i + 1] ?? '')))) {
      push('number', i + num[0].length, num[0]);
      continue;
    }
    if (WORD_START.test(c)) {
      let end = i + 1;
      while (end < src.length && WORD_CHAR.test(src[end]!)) end += 1;
      push('word', end, src.slice(i, end).toLowerCase());
      continue;
    }
    const op = OPERATORS.find((o) => src.startsWith(o, i));
    if (!op) throw sqlError('SYNTAX_ERROR', pos, `token recognition error at: '${c}'`);
    push('op', i + op.length, op);
  }
}
