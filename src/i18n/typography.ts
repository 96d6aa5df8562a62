// Code spans and fenced blocks are written as the reader must type them: never touched.
const CODE = /(```[\s\S]*?```|`[^`\n]*`)/;

/**
 * French typography: a no-break space before « : ; ? ! » » and after « «, so a line never starts
 * with the sign (the French Imprimerie nationale rule). Code in backticks is left as written.
 */
export function frenchSpacing(text: string): string {
  return text
    .split(CODE)
    .map((part, i) =>
      i % 2 === 1 ? part : part.replace(/ ([:;?!»])/g, '\u00a0$1').replace(/« /g, '«\u00a0'),
    )
    .join('');
}
