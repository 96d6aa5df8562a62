import { useCallback, useRef, useState } from 'react';
import { runCliLine, type CliDownload } from '../../engine/cli';
import { useLakeStore } from '../../store';

export interface TerminalEntry {
  id: number;
  command: string;
  stdout: string;
  stderr: string;
  exitCode?: number;
  downloads: CliDownload[];
  isRunning: boolean;
}

const MAX_ENTRIES = 200;

/** The terminal's state: scrollback entries, command history, staged local files, and `run`. */
export function useTerminalSession() {
  const store = useLakeStore();
  const [entries, setEntries] = useState<TerminalEntry[]>([]);
  const [history, setHistory] = useState<string[]>([]);
  const [files, setFiles] = useState<ReadonlyMap<string, Uint8Array>>(new Map());
  const filesRef = useRef(files);
  const nextId = useRef(1);
  const [bug, setBug] = useState<unknown>(null);
  // A bug (not an AWS or usage error) goes to the feature's error boundary.
  if (bug) throw bug;

  const stageFiles = useCallback((added: { name: string; bytes: Uint8Array }[]) => {
    const next = new Map(filesRef.current);
    for (const file of added) next.set(file.name, file.bytes);
    filesRef.current = next;
    setFiles(next);
  }, []);

  const clear = useCallback(() => setEntries([]), []);

  const run = useCallback(
    async (line: string) => {
      const id = nextId.current++;
      if (line.trim()) setHistory((h) => (h.at(-1) === line ? h : [...h, line]));
      setEntries((list) =>
        [
          ...list,
          { id, command: line, stdout: '', stderr: '', downloads: [], isRunning: true },
        ].slice(-MAX_ENTRIES),
      );
      const state = store.getState();
      const result = await runCliLine(line, {
        call: (service, operation, input) =>
          store.getState().call(service, operation, input, { quiet: true }),
        engine: state.engine,
        files: filesRef.current,
      }).catch((error: unknown) => {
        setBug(error);
        return undefined;
      });
      if (!result) return;
      if (result.clear) return clear();
      if (result.downloads?.length) stageFiles(result.downloads);
      const done = {
        stdout: result.stdout,
        stderr: result.stderr,
        exitCode: result.exitCode,
        downloads: result.downloads ?? [],
        isRunning: false,
      };
      setEntries((list) => list.map((entry) => (entry.id === id ? { ...entry, ...done } : entry)));
    },
    [store, clear, stageFiles],
  );

  return { entries, history, files, run, clear, stageFiles };
}
