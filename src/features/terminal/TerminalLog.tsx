import { memo } from 'react';
import Button from '@cloudscape-design/components/button';
import { downloadFile } from './downloadFile';
import { PROMPT, type TerminalColors } from './terminalColors';
import type { TerminalEntry } from './useTerminalSession';

/** Long outputs keep their last lines on screen so the page stays responsive. */
const MAX_LINES_PER_OUTPUT = 400;

function capLines(text: string): { text: string; hidden: number } {
  const lines = text.split('\n');
  if (lines.length <= MAX_LINES_PER_OUTPUT) return { text, hidden: 0 };
  return {
    text: lines.slice(-MAX_LINES_PER_OUTPUT).join('\n'),
    hidden: lines.length - MAX_LINES_PER_OUTPUT,
  };
}

const preStyle = {
  margin: 0,
  whiteSpace: 'pre-wrap',
  wordBreak: 'break-word',
  font: 'inherit',
} as const;

const Entry = memo(function Entry({
  entry,
  colors,
}: {
  entry: TerminalEntry;
  colors: TerminalColors;
}) {
  const stdout = capLines(entry.stdout);
  return (
    <div>
      <pre style={preStyle}>
        <span style={{ color: colors.prompt }}>{PROMPT}</span>
        {entry.command}
      </pre>
      {stdout.hidden > 0 && (
        <pre style={{ ...preStyle, color: colors.muted }}>
          … {stdout.hidden} earlier lines not shown (LakeLab shows the last {MAX_LINES_PER_OUTPUT};
          narrow the output with --query)
        </pre>
      )}
      {stdout.text && <pre style={preStyle}>{stdout.text}</pre>}
      {entry.stderr && (
        <pre style={{ ...preStyle, color: colors.error }} data-stream="stderr">
          {capLines(entry.stderr).text}
        </pre>
      )}
      {entry.downloads.map((download) => (
        <div key={download.name} style={{ margin: '4px 0' }}>
          <Button iconName="download" onClick={() => downloadFile(download.name, download.bytes)}>
            Download {download.name}
          </Button>
        </div>
      ))}
      {entry.isRunning && <span style={{ color: colors.muted }}>…</span>}
    </div>
  );
});

/** The scrollback: commands and their outputs, announced politely to screen readers. */
export function TerminalLog({
  entries,
  colors,
}: {
  entries: TerminalEntry[];
  colors: TerminalColors;
}) {
  return (
    <div role="log" aria-live="polite" aria-label="Terminal output">
      {entries.map((entry) => (
        <Entry key={entry.id} entry={entry} colors={colors} />
      ))}
    </div>
  );
}
