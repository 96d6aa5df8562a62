import { CliUsageError } from './errors';

export type ShorthandValue = string | ShorthandValue[] | { [key: string]: ShorthandValue };

/**
 * Parses the AWS CLI's shorthand syntax: `Key=a,Value=b`, nested `Config={A=1,B=2}`,
 * lists `Names=[a,b]` or `Names=a,b`, and quoted values `Key="a,b"`.
 * https://docs.aws.amazon.com/cli/latest/userguide/cli-usage-shorthand.html
 */
export function parseShorthand(text: string, option: string): ShorthandValue {
  const parser = new ShorthandParser(text, option);
  return parser.parseTop();
}

/** True when a word looks like shorthand for a structure (`Name=value…`). */
export function looksLikeShorthand(text: string): boolean {
  return /^[A-Za-z0-9_.:-]+\s*=/.test(text);
}

class ShorthandParser {
  private i = 0;
  constructor(
    private readonly text: string,
    private readonly option: string,
  ) {}

  parseTop(): ShorthandValue {
    if (!looksLikeShorthand(this.text)) return this.parseListOrScalar();
    const result = this.parseParams('');
    if (this.i < this.text.length) this.fail(`unexpected "${this.text.charAt(this.i)}"`);
    return result;
  }

  private parseParams(closer: string): Record<string, ShorthandValue> {
    const result: Record<string, ShorthandValue> = {};
    while (this.i < this.text.length && this.text.charAt(this.i) !== closer) {
      const key = this.readUntil('=').trim();
      if (this.text.charAt(this.i) !== '=') this.fail(`expected "=" after "${key}"`);
      this.i++;
      result[key] = this.parseValue(closer);
      if (this.text.charAt(this.i) === ',') this.i++;
    }
    return result;
  }

  private parseValue(closer: string): ShorthandValue {
    const ch = this.text.charAt(this.i);
    if (ch === '{') {
      this.i++;
      const value = this.parseParams('}');
      this.expect('}');
      return value;
    }
    if (ch === '[') return this.parseBracketList();
    const values = [this.readScalar(closer)];
    // An implicit list: `Names=a,b,Other=c` gives Names [a, b] — later words that are not `key=`.
    while (this.text.charAt(this.i) === ',' && !looksLikeShorthand(this.text.slice(this.i + 1))) {
      this.i++;
      if (this.i >= this.text.length || this.text.charAt(this.i) === closer) break;
      values.push(this.readScalar(closer));
    }
    return values.length === 1 ? values[0]! : values;
  }

  private parseBracketList(): ShorthandValue[] {
    this.expect('[');
    const values: ShorthandValue[] = [];
    while (this.i < this.text.length && this.text.charAt(this.i) !== ']') {
      const ch = this.text.charAt(this.i);
      if (ch === '{') {
        this.i++;
        values.push(this.parseParams('}'));
        this.expect('}');
      } else if (ch === '[') values.push(this.parseBracketList());
      else values.push(this.readScalar(']'));
      if (this.text.charAt(this.i) === ',') this.i++;
    }
    this.expect(']');
    return values;
  }

  private parseListOrScalar(): ShorthandValue {
    if (this.text.startsWith('[')) return this.parseBracketList();
    const values = [this.readScalar('')];
    while (this.text.charAt(this.i) === ',') {
      this.i++;
      values.push(this.readScalar(''));
    }
    return values.length === 1 ? values[0]! : values;
  }

  private readScalar(closer: string): string {
    const ch = this.text.charAt(this.i);
    if (ch === '"' || ch === "'") {
      const end = this.text.indexOf(ch, this.i + 1);
      if (end < 0) this.fail('a quoted value has no closing quote');
      const value = this.text.slice(this.i + 1, end);
      this.i = end + 1;
      return value;
    }
    let value = '';
    while (this.i < this.text.length) {
      const c = this.text.charAt(this.i);
      if (c === ',' || (closer && c === closer)) break;
      value += c;
      this.i++;
    }
    return value.trim();
  }

  private readUntil(stop: string): string {
    const start = this.i;
    while (this.i < this.text.length && this.text.charAt(this.i) !== stop) this.i++;
    return this.text.slice(start, this.i);
  }

  private expect(ch: string): void {
    if (this.text.charAt(this.i) !== ch) this.fail(`expected "${ch}"`);
    this.i++;
  }

  private fail(problem: string): never {
    throw new CliUsageError(
      `Error parsing parameter '${this.option}': Expected: shorthand syntax, received: ${this.text} (${problem})`,
      {
        hints: [
          'LakeLab: shorthand looks like Key=a,Value=b; for anything more complex pass JSON in single quotes.',
        ],
      },
    );
  }
}
