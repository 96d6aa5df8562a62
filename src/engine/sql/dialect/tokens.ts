import type { Token } from './lexer';
import { sqlError, type SqlPos } from './errors';

/** Words that cannot be a bare column or table alias (Trino's reserved words, plus clause keywords). */
const RESERVED = new Set(
  `ALTER AND AS BETWEEN BY CASE CAST CONSTRAINT CREATE CROSS CUBE CURRENT_DATE CURRENT_TIME CURRENT_TIMESTAMP
  DEALLOCATE DELETE DESCRIBE DISTINCT DROP ELSE END ESCAPE EXCEPT EXECUTE EXISTS EXTRACT FALSE FETCH FOR FROM FULL
  GROUP GROUPING HAVING IN INNER INSERT INTERSECT INTO IS JOIN LEFT LIKE LIMIT LOCALTIME LOCALTIMESTAMP NATURAL NOT
  NULL OFFSET ON OR ORDER OUTER PREPARE RECURSIVE RIGHT ROLLUP SELECT TABLE THEN TRUE UNION UNNEST USING VALUES WHEN
  WHERE WINDOW WITH`.split(/\s+/),
);

export function isReserved(upper: string): boolean {
  return RESERVED.has(upper);
}

export function posOf(t: Token): SqlPos {
  return { line: t.line, column: t.column };
}

/** A cursor over tokens with the accept/expect helpers the recursive-descent parser uses. */
export class Tokens {
  private i = 0;
  constructor(private readonly toks: Token[]) {}

  peek(n = 0): Token {
    return this.toks[Math.min(this.i + n, this.toks.length - 1)]!;
  }
  next(): Token {
    const t = this.peek();
    if (this.i < this.toks.length - 1) this.i += 1;
    return t;
  }
  pos(): SqlPos {
    return posOf(this.peek());
  }
  isWord(...words: string[]): boolean {
    const t = this.peek();
    return t.kind === 'word' && words.includes(t.upper);
  }
  isWordAt(n: number, ...words: string[]): boolean {
    const t = this.peek(n);
    return t.kind === 'word' && words.includes(t.upper);
  }
  acceptWord(...words: string[]): string | undefined {
    if (!this.isWord(...words)) return undefined;
    return this.next().upper;
  }
  expectWord(word: string, expecting: string[] = [word]): Token {
    if (!this.isWord(word)) this.fail(expecting);
    return this.next();
  }
  isOp(...ops: string[]): boolean {
    const t = this.peek();
    return t.kind === 'op' && ops.includes(t.text);
  }
  isOpAt(n: number, ...ops: string[]): boolean {
    const t = this.peek(n);
    return t.kind === 'op' && ops.includes(t.text);
  }
  acceptOp(...ops: string[]): string | undefined {
    if (!this.isOp(...ops)) return undefined;
    return this.next().text;
  }
  expectOp(op: string, expecting: string[] = [`'${op}'`]): Token {
    if (!this.isOp(op)) this.fail(expecting);
    return this.next();
  }
  /** An identifier: a non-reserved word or a quoted name (lower-cased). */
  isIdent(n = 0): boolean {
    const t = this.peek(n);
    return t.kind === 'quoted' || (t.kind === 'word' && !isReserved(t.upper));
  }
  expectIdent(expecting: string[] = ['<identifier>']): string {
    if (!this.isIdent()) this.fail(expecting);
    return this.next().value;
  }
  /** Trino's parser error: `mismatched input 'x'. Expecting: …`. */
  fail(expecting: string[]): never {
    const t = this.peek();
    const list = expecting
      .map((e) => (e.startsWith("'") || e.startsWith('<') ? e : `'${e}'`))
      .join(', ');
    throw sqlError('SYNTAX_ERROR', posOf(t), `mismatched input '${t.text}'. Expecting: ${list}`);
  }
}
