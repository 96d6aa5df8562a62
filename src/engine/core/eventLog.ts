/** A CloudTrail-like record of every call: who, what, when, and whether it was allowed. */
export interface EventLogEntry {
  id: number;
  /** Simulated epoch milliseconds. */
  time: number;
  principal: string;
  service: string;
  operation: string;
  readOnly: boolean;
  outcome: 'allowed' | 'denied' | 'error';
  errorCode?: string;
  errorMessage?: string;
  /** ARNs the call touched, when the operation names them. */
  resources?: string[];
  /** Why access was decided as it was (IAM statement, Lake Formation grant…). */
  reason?: string;
}

/** Older entries are dropped past this many, so a long simulation keeps a bounded world. */
export const EVENT_LOG_LIMIT = 5000;

export function appendLogEntry(log: EventLogEntry[], entry: EventLogEntry): void {
  log.push(entry);
  // shift() drops the oldest entry in constant time; splice(0, 1) moves the other 4,999 each call.
  while (log.length > EVENT_LOG_LIMIT) log.shift();
}
