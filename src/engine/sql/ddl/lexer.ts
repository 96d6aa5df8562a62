import { syntaxError, type SourcePosition } from './errors';

export type TokenKind = 'word' | 'quoted' | 'string' | 'number' | 'punct' | 'end';

export interface Token {
  kind: TokenKind;
  /** Words as written; quoted identifiers and strings without their quotes, escapes decoded. */
  text: string;
  /** Offset of the token's first character in the statement text. */
  start: number;
  /** Offset just past the token. */
  end: number;
  at: SourcePosition;
}

// Hive string literals decode backslash escapes ('\t', '\001', '\\').
function decodeEscape(text: string, i: number): { value: string; length: number } {
  const next = text[i + 1] ?? '';
  const octal = /^[0-7]{3}/.exec(text.slice(i + 1));
  if (octal) return { value: String.fromCharCode(Number.parseInt(octal[0], 8)), length: 4 };
  const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', '0': '\0', b: '\b' };
  return { value: simple[next] ?? next, length: 2 };
}

class Scanner {
  private line = 1;
  private lineStart = 0;
  readonly tokens: Token[] = [];
  constructor(private readonly text: string) {}

  position(offset: number): SourcePosition {
    return { line: this.line, column: offset - this.lineStart + 1 };
  }

  private newline(offset: number): void {
    this.line += 1;
    this.lineStart = offset + 1;
  }

  /** Skips whitespace and comments from `i`, returning the next offset. */
  skip(i: number): number {
    const t = this.text;
    while (i < t.length) {
      const ch = t[i] ?? '';
      if (ch === '\n') this.newline(i);
      if (/\s/.test(ch)) i += 1;
      else if (t.startsWith('--', i)) while (i < t.length && t[i] !== '\n') i += 1;
      else if (t.startsWith('/*', i)) {
        const close = t.indexOf('*/', i + 2);
        const stop = close < 0 ? t.length : close + 2;
        for (let j = i; j < stop; j += 1) if (t[j] === '\n') this.newline(j);
        i = stop;
      } else break;
    }
    return i;
  }

  quoted(i: number, quote: string, backslashEscapes: boolean): { value: string; end: number } {
    const t = this.text;
    let value = '';
    let j = i + 1;
    while (j < t.length) {
      const ch = t[j] ?? '';
      if (ch === quote && t[j + 1] === quote) {
        value += quote;
        j += 2;
      } else if (ch === quote) return { value, end: j + 1 };
      else if (backslashEscapes && ch === '\\') {
        const escape = decodeEscape(t, j);
        value += escape.value;
        j += escape.length;
      } else {
        if (ch === '\n') this.newline(j);
        value += ch;
        j += 1;
      }
    }
    throw syntaxError(`unterminated quoted text starting with ${quote}`, this.position(i));
  }

  scan(): Token[] {
    const t = this.text;
    let i = this.skip(0);
    while (i < t.length) {
      const at = this.position(i);
      const ch = t[i] ?? '';
      let token: Token;
      if (ch === "'" || ch === '"' || ch === '`') {
        const { value, end } = this.quoted(i, ch, ch === "'");
        token = { kind: ch === "'" ? 'string' : 'quoted', text: value, start: i, end, at };
      } else if (/[A-Za-z_$]/.test(ch)) {
        const match = /^[A-Za-z0-9_$]+/.exec(t.slice(i))?.[0] ?? ch;
        token = { kind: 'word', text: match, start: i, end: i + match.length, at };
      } else if (/[0-9]/.test(ch)) {
        const match = /^[0-9]+(\.[0-9]+)?/.exec(t.slice(i))?.[0] ?? ch;
        token = { kind: 'number', text: match, start: i, end: i + match.length, at };
      } else {
        // Characters the DDL grammar never uses (`?`, `@`, `{`…) still become tokens, so query text can be carried.
        token = { kind: 'punct', text: ch, start: i, end: i + 1, at };
      }
      this.tokens.push(token);
      i = this.skip(token.end);
    }
    this.tokens.push({
      kind: 'end',
      text: '<EOF>',
      start: t.length,
      end: t.length,
      at: this.position(t.length),
    });
    return this.tokens;
  }
}

/** Splits a statement into tokens, skipping `--` and block comments. */
export function tokenize(sql: string): Token[] {
  return new Scanner(sql).scan();
}
