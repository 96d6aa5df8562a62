import type { EventLogEntry } from '../../engine/core/eventLog';
import type { HistoryFrame } from '../../store/history/historySlice';

export type RowStatus = 'current' | 'restorable' | 'undone' | 'too-old' | 'read' | 'failed';

/** One line of the timeline: a logged call, or a clock move the history recorded. */
export interface TimelineRow {
  key: string;
  time: number;
  principal: string;
  /** `s3:CreateBucket`, or `lab:Clock` for a clock move. */
  action: string;
  outcome: EventLogEntry['outcome'];
  resources: string[];
  status: RowStatus;
  /** The history frame "Restore to here" goes to. */
  frameIndex?: number;
  /** Why the row cannot be restored, or what restoring does. */
  note: string;
}

/** The index of the kept frame that first contains the entry, if the history still holds it. */
function frameOfEntry(frames: HistoryFrame[], id: number): number | undefined {
  if (!frames[0] || id <= frames[0].lastLogId) return undefined;
  const index = frames.findIndex((f) => f.lastLogId >= id);
  return index < 0 ? undefined : index;
}

function entryRow(entry: EventLogEntry, frames: HistoryFrame[], cursor: number): TimelineRow {
  const base = {
    key: `log-${entry.id}`,
    time: entry.time,
    principal: entry.principal,
    action: `${entry.service}:${entry.operation}`,
    outcome: entry.outcome,
    resources: entry.resources ?? [],
  };
  if (entry.readOnly) return { ...base, status: 'read', note: 'A read: it changed nothing.' };
  if (entry.outcome !== 'allowed')
    return {
      ...base,
      status: 'failed',
      note: `Failed (${entry.errorCode ?? 'error'}): it changed nothing.`,
    };
  const frameIndex = frameOfEntry(frames, entry.id);
  if (frameIndex === undefined)
    return {
      ...base,
      status: 'too-old',
      note: 'Not restorable: older than the oldest state the history keeps.',
    };
  if (frameIndex === cursor)
    return { ...base, status: 'current', frameIndex, note: 'The lab is here.' };
  if (frameIndex > cursor)
    return { ...base, status: 'undone', frameIndex, note: 'Undone: restore to re-apply it.' };
  return { ...base, status: 'restorable', frameIndex, note: '' };
}

function clockRow(frame: HistoryFrame, index: number, cursor: number): TimelineRow {
  const status: RowStatus = index === cursor ? 'current' : index > cursor ? 'undone' : 'restorable';
  return {
    key: `clock-${index}-${frame.time}`,
    time: frame.time,
    principal: '',
    action: 'lab:Clock',
    outcome: 'allowed',
    resources: [],
    status,
    frameIndex: index,
    note: frame.label,
  };
}

/**
 * The lab's events in chronological order, with what "Restore to here" can do for each. While
 * steps are undone, the newest kept frame's log shows them too (as "undone").
 */
export function timelineRows(
  liveLog: readonly EventLogEntry[],
  frames: HistoryFrame[],
  cursor: number,
): TimelineRow[] {
  const newest = frames.at(-1);
  const log = cursor < frames.length - 1 && newest ? newest.world.log : liveLog;
  const rows = log.map((entry) => entryRow(entry, frames, cursor));
  frames.forEach((frame, index) => {
    if (frame.kind !== 'clock') return;
    const at = rows.findIndex(
      (r) => r.key.startsWith('log-') && Number(r.key.slice(4)) > frame.lastLogId,
    );
    rows.splice(at < 0 ? rows.length : at, 0, clockRow(frame, index, cursor));
  });
  return rows;
}
