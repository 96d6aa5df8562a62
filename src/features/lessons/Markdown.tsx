import Link from '@cloudscape-design/components/link';
import type { ReactNode } from 'react';

const INLINE = /(\*\*[^*]+\*\*|`[^`]+`|\[[^\]]+\]\([^)\s]+\))/g;

/** **bold**, `code` and [links](url) inside one line of text. */
function inline(text: string): ReactNode[] {
  return text.split(INLINE).map((part, i) => {
    if (/^\*\*[^*]+\*\*$/.test(part)) return <strong key={i}>{part.slice(2, -2)}</strong>;
    if (/^`[^`]+`$/.test(part)) return <code key={i}>{part.slice(1, -1)}</code>;
    const link = /^\[([^\]]+)\]\(([^)\s]+)\)$/.exec(part);
    if (link) {
      const url = link[2]!;
      const external = /^https?:/.test(url);
      return (
        <Link key={i} href={url} external={external}>
          {link[1]}
        </Link>
      );
    }
    return part;
  });
}

/** Blocks split at blank lines, except fenced code blocks, which stay whole. */
function blocksOf(text: string): string[] {
  return text
    .split(/(```[\s\S]*?```)/)
    .flatMap((part) =>
      part.startsWith('```') ? [part] : part.split(/\n\s*\n/).map((b) => b.trim()),
    )
    .filter(Boolean);
}

/** The Markdown subset lessons use: paragraphs, `- ` lists, ``` fenced code, **bold**, `code` and links. No HTML passes through. */
export function Markdown({ text }: { text: string }) {
  return (
    <div>
      {blocksOf(text).map((block, i) => {
        if (block.startsWith('```'))
          return (
            <pre key={i} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              <code>{block.replace(/^```[\w-]*\n?/, '').replace(/\n?```$/, '')}</code>
            </pre>
          );
        const lines = block.split('\n');
        if (lines.every((line) => /^\s*[-*] /.test(line)))
          return (
            <ul key={i}>
              {lines.map((line, j) => (
                <li key={j}>{inline(line.replace(/^\s*[-*] /, ''))}</li>
              ))}
            </ul>
          );
        return <p key={i}>{inline(lines.join(' '))}</p>;
      })}
    </div>
  );
}
