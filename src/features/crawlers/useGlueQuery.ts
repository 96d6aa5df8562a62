import { useLake } from '../../store';
import type { Call } from './glueCalls';
import { useLakeQuery } from '../../store/useLakeQuery';

/** A Glue read that runs again whenever the lab changes (a crawl finishing, the clock moving). */
export function useGlueQuery<T>(identity: string, load: (call: Call) => Promise<T>) {
  const version = useLake((s) => s.version);
  return useLakeQuery<T>(identity, String(version), load);
}
