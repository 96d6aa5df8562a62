import { CliUsageError } from './errors';

/**
 * Splits a command line into words as a POSIX shell does: single quotes keep everything,
 * double quotes allow \" \\ \$ escapes, a backslash escapes the next character outside
 * quotes, and an unquoted `#` at the start of a word begins a comment.
 */
export function tokenize(line: string): string[] {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let i = 0;
  const flush = () => {
    if (inWord) words.push(word);
    word = '';
    inWord = false;
  };
  while (i < line.length) {
    const ch = line.charAt(i);
    if (/\s/.test(ch)) {
      flush();
      i++;
    } else if (ch === '#' && !inWord) {
      break;
    } else if (ch === "'") {
      const end = line.indexOf("'", i + 1);
      if (end < 0)
        throw new CliUsageError('No closing quotation', {
          hints: ["LakeLab: a single-quoted value needs a closing ' on the same line."],
        });
      word += line.slice(i + 1, end);
      inWord = true;
      i = end + 1;
    } else if (ch === '"') {
      i = readDoubleQuoted(line, i + 1, (text) => (word += text));
      inWord = true;
    } else if (ch === '\\' && line.charAt(i + 1) === '\n') {
      i += 2; // a line continuation
    } else if (ch === '\\') {
      word += line.charAt(i + 1);
      inWord = true;
      i += 2;
    } else {
      word += ch;
      inWord = true;
      i++;
    }
  }
  flush();
  return words;
}

function readDoubleQuoted(line: string, start: number, append: (text: string) => void): number {
  let i = start;
  while (i < line.length) {
    const ch = line.charAt(i);
    if (ch === '"') return i + 1;
    if (ch === '\\' && '"\\$`'.includes(line.charAt(i + 1))) {
      append(line.charAt(i + 1));
      i += 2;
    } else {
      append(ch);
      i++;
    }
  }
  throw new CliUsageError('No closing quotation', {
    hints: ['LakeLab: a double-quoted value needs a closing " on the same line.'],
  });
}

/** Quotes a word for a shell only when it needs it (single quotes, as the AWS docs do). */
export function shellQuote(word: string): string {
  if (word !== '' && /^[A-Za-z0-9_\-./:=,@+%]+$/.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}
