import { createEngine } from '../index';
import { runCliLine } from './runCliLine';

const utf8 = new TextEncoder();

/** A test driver: a fresh engine and staged local files, run lines as the admin. */
export function testTerminal(staged: Record<string, string> = {}) {
  const engine = createEngine();
  const files = new Map<string, Uint8Array>(
    Object.entries(staged).map(([name, text]) => [name, utf8.encode(text)] as const),
  );
  const run = async (line: string) => {
    const result = await runCliLine(line, {
      call: (service, operation, input) => engine.call(service, operation, input),
      engine,
      files,
    });
    for (const download of result.downloads ?? []) files.set(download.name, download.bytes);
    return result;
  };
  /** Runs lines that must succeed; returns the last one's stdout. */
  const ok = async (...lines: string[]) => {
    let stdout = '';
    for (const line of lines) {
      const result = await run(line);
      if (result.exitCode !== 0)
        throw new Error(`"${line}" exited ${result.exitCode}: ${result.stderr}`);
      stdout = result.stdout;
    }
    return stdout;
  };
  return { engine, files, run, ok };
}
