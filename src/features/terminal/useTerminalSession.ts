import { useCallback, useEffect, useRef, useState } from 'react';
import { runCliLine, type CliDownload } from '../../engine/cli';
import { useLakeStore, type LakeStore } from '../../store';

export interface TerminalEntry {
  id: number;
  command: string;
  stdout: string;
  stderr: string;
  exitCode?: number;
  downloads: CliDownload[];
  isRunning: boolean;
}

interface SessionState {
  entries: TerminalEntry[];
  history: string[];
  files: ReadonlyMap<string, Uint8Array>;
  nextId: number;
}

const MAX_ENTRIES = 200;
const MAX_HISTORY = 500;

// The session outlives the panel: closing and reopening the terminal keeps its scrollback,
// history and staged files, as CloudShell does. One session per lab store.
const sessions = new WeakMap<LakeStore, SessionState>();
const sessionOf = (store: LakeStore): SessionState =>
  sessions.get(store) ?? { entries: [], history: [], files: new Map(), nextId: 1 };

/** The terminal's state: scrollback entries, command history, staged local files, and `run`. */
export function useTerminalSession() {
  const store = useLakeStore();
  const [initial] = useState(() => sessionOf(store));
  const [entries, setEntries] = useState<TerminalEntry[]>(initial.entries);
  const [history, setHistory] = useState<string[]>(initial.history);
  const [files, setFiles] = useState<ReadonlyMap<string, Uint8Array>>(initial.files);
  const filesRef = useRef(files);
  const nextId = useRef(initial.nextId);
  const [bug, setBug] = useState<unknown>(null);

  useEffect(() => {
    sessions.set(store, {
      entries: entries.filter((e) => !e.isRunning),
      history,
      files,
      nextId: nextId.current,
    });
  }, [store, entries, history, files]);

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
      if (line.trim())
        setHistory((h) => (h.at(-1) === line ? h : [...h, line].slice(-MAX_HISTORY)));
      const entry = { id, command: line, stdout: '', stderr: '', downloads: [], isRunning: true };
      setEntries((list) => [...list, entry].slice(-MAX_ENTRIES));
      const result = await runCliLine(line, {
        call: (service, operation, input) =>
          store.getState().call(service, operation, input, { quiet: true }),
        engine: store.getState().engine,
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
      setEntries((list) => list.map((e) => (e.id === id ? { ...e, ...done } : e)));
    },
    [store, clear, stageFiles],
  );

  return { entries, history, files, run, clear, stageFiles };
}
