import { useState, type KeyboardEvent } from 'react';
import type { CliCatalog } from '../../engine/cli';
import { completeLine } from './completion';
import { PROMPT, TERMINAL_FONT, type TerminalColors } from './terminalColors';

interface Props {
  colors: TerminalColors;
  history: string[];
  catalog: CliCatalog;
  onRun: (line: string) => void;
  onClear: () => void;
  onCandidates: (candidates: string[]) => void;
}

/** The prompt and its input: Enter runs, ArrowUp/ArrowDown walk the history, Tab completes, Ctrl+L clears. */
export function CommandLine({ colors, history, catalog, onRun, onClear, onCandidates }: Props) {
  const [line, setLine] = useState('');
  const [historyIndex, setHistoryIndex] = useState<number | null>(null);

  const showHistory = (index: number | null) => {
    setHistoryIndex(index);
    setLine(index === null ? '' : (history[index] ?? ''));
  };

  const handleKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      onRun(line);
      setLine('');
      setHistoryIndex(null);
    } else if (event.key === 'ArrowUp' && history.length > 0) {
      showHistory(historyIndex === null ? history.length - 1 : Math.max(0, historyIndex - 1));
    } else if (event.key === 'ArrowDown' && historyIndex !== null) {
      showHistory(historyIndex + 1 < history.length ? historyIndex + 1 : null);
    } else if (event.key === 'l' && event.ctrlKey) {
      onClear();
    } else if (event.key === 'Tab' && line.trim() !== '') {
      const completion = completeLine(line, catalog);
      setLine(completion.line);
      onCandidates(completion.candidates.length > 1 ? completion.candidates : []);
    } else return;
    event.preventDefault();
  };

  return (
    <div style={{ display: 'flex', alignItems: 'baseline' }}>
      <label htmlFor="lakelab-terminal-input" style={{ color: colors.prompt, whiteSpace: 'pre' }}>
        {PROMPT}
      </label>
      <input
        id="lakelab-terminal-input"
        aria-label="Terminal command"
        value={line}
        onChange={(event) => setLine(event.target.value)}
        onKeyDown={handleKeyDown}
        autoFocus
        autoComplete="off"
        autoCapitalize="off"
        spellCheck={false}
        style={{
          flex: 1,
          minWidth: 0,
          background: 'transparent',
          color: colors.text,
          border: 'none',
          font: 'inherit',
          fontFamily: TERMINAL_FONT,
          caretColor: colors.prompt,
        }}
      />
    </div>
  );
}
