import { useEffect, useRef, useState } from 'react';
import { applyMode, Mode } from '@cloudscape-design/global-styles';
import { useLake } from '../../store';
import { CommandLine } from './CommandLine';
import { TerminalLog } from './TerminalLog';
import { TerminalToolbar } from './TerminalToolbar';
import { TERMINAL_FONT, terminalColors } from './terminalColors';
import { useTerminalSession } from './useTerminalSession';

const WELCOME =
  'Welcome to LakeLab\'s CloudShell: aws CLI commands run against this lab\'s simulated AWS. Try "aws s3 ls" or "aws help".';

// Clicking the scrollback focuses the prompt, unless the user is selecting text to copy.
function focusInputUnlessSelecting() {
  if (window.getSelection()?.isCollapsed ?? true)
    document.getElementById('lakelab-terminal-input')?.focus();
}

/** A CloudShell-like terminal that runs `aws` CLI lines against the lab. */
export default function TerminalPanel({ onClose }: { onClose: () => void }) {
  const colors = terminalColors(useLake((s) => s.colorMode));
  const engine = useLake((s) => s.engine);
  const session = useTerminalSession();
  const [candidates, setCandidates] = useState<string[]>([]);
  const scrollRef = useRef<HTMLDivElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);

  // The terminal is dark in both modes, so its Cloudscape buttons use their dark-mode colours.
  useEffect(() => {
    if (rootRef.current) applyMode(Mode.Dark, rootRef.current);
  }, []);

  useEffect(() => {
    const element = scrollRef.current;
    if (element) element.scrollTop = element.scrollHeight;
  }, [session.entries, candidates]);

  const handleRun = (line: string) => {
    setCandidates([]);
    void session.run(line);
  };

  return (
    <div
      ref={rootRef}
      style={{
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        background: colors.background,
        color: colors.text,
        fontFamily: TERMINAL_FONT,
        // 14 px, larger in presentation mode (set by the shell).
        fontSize: 'var(--lakelab-code-font-size, 14px)',
        lineHeight: 1.45,
      }}
    >
      <TerminalToolbar
        colors={colors}
        stagedCount={session.files.size}
        onStage={session.stageFiles}
        onClose={onClose}
      />
      <div
        ref={scrollRef}
        style={{ flex: 1, minHeight: 0, overflowY: 'auto', padding: '6px 10px' }}
        onClick={focusInputUnlessSelecting}
      >
        <p style={{ margin: '0 0 6px', color: colors.muted }}>{WELCOME}</p>
        <TerminalLog entries={session.entries} colors={colors} />
        {candidates.length > 0 && (
          <pre style={{ margin: 0, whiteSpace: 'pre-wrap', color: colors.muted, font: 'inherit' }}>
            {candidates.join('  ')}
          </pre>
        )}
        <CommandLine
          colors={colors}
          history={session.history}
          catalog={engine}
          onRun={handleRun}
          onClear={session.clear}
          onCandidates={setCandidates}
        />
      </div>
    </div>
  );
}
