import type { Engine } from '../../engine';
import type { World } from '../../engine/world';
import type { SliceCreator } from '../index';
import { actionLabel, clockLabel } from './historyLabels';

/** How many steps back Undo can go; older snapshots are dropped so memory stays bounded. */
export const HISTORY_LIMIT = 50;

/** One kept state of the lab and what led into it. */
export interface HistoryFrame {
  world: World;
  /** What led into this state ("CreateBucket shop-raw-zone"); empty for the oldest kept state. */
  label: string;
  kind: 'origin' | 'action' | 'clock';
  /** True for clock moves made while the clock played: later ticks join this one step. */
  isPlayback?: boolean;
  /** Id of the newest event log entry in this state (0 for an empty log). */
  lastLogId: number;
  /** The state's simulated time (epoch ms). */
  time: number;
}

export interface HistorySlice {
  /** Kept states, oldest first; `historyCursor` is the one the lab shows. */
  historyFrames: HistoryFrame[];
  historyCursor: number;
  /** Restores the state before the last change. */
  undo(): Promise<void>;
  /** Re-applies the change Undo took back. */
  redo(): Promise<void>;
  /** Restores a kept state (Undo/Redo several steps at once; the timeline's "Restore to here"). */
  goToHistoryFrame(index: number): Promise<void>;
  /** Forgets every kept state and starts recording from the current lab. */
  resetHistory(): void;
  /** Resolves once every change made so far is recorded (tests, and before restoring). */
  historySettled(): Promise<void>;
}

const lastLogId = (world: World) => world.log.at(-1)?.id ?? 0;

function frameOf(engine: Engine, fields: Pick<HistoryFrame, 'label' | 'kind' | 'isPlayback'>) {
  const world = engine.snapshot();
  return { ...fields, world, lastLogId: lastLogId(world), time: world.clock.now };
}

/** The successful changes in the log after `afterId` (reads and failures change nothing worth undoing). */
function changesAfter(world: World, afterId: number) {
  const changes = [];
  for (let i = world.log.length - 1; i >= 0; i--) {
    const entry = world.log[i]!;
    if (entry.id <= afterId) break;
    if (!entry.readOnly && entry.outcome === 'allowed') changes.push(entry);
  }
  return changes.reverse();
}

const nextMacrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export const createHistorySlice: SliceCreator<HistorySlice> = (set, get) => {
  let bound: Engine | undefined;
  let unsubscribe: () => void = () => undefined;
  let recording: Promise<void> = Promise.resolve();
  let isScheduled = false;
  let isRestoring = false;
  let restoring: Promise<void> = Promise.resolve();

  const push = (frame: HistoryFrame) => {
    const { historyFrames, historyCursor } = get();
    const frames = [...historyFrames.slice(0, historyCursor + 1), frame];
    if (frames.length > HISTORY_LIMIT + 1) frames.splice(0, frames.length - HISTORY_LIMIT - 1);
    set({ historyFrames: frames, historyCursor: frames.length - 1 });
  };
  const replaceCurrent = (frame: HistoryFrame) => {
    const frames = [...get().historyFrames];
    frames[get().historyCursor] = frame;
    set({ historyFrames: frames });
  };

  /** Records what changed since the current frame, once the engine's work has finished. */
  const record = (engine: Engine) => {
    if (engine !== bound) return;
    const current = get().historyFrames[get().historyCursor];
    const world = engine.world;
    if (!current || world.clock.now < current.time || lastLogId(world) < current.lastLogId) {
      // The world was swapped under us (a saved lab restored): start over from it.
      get().resetHistory();
      return;
    }
    if (world.clock.now !== current.time) {
      const isPlaying = get().isPlaying;
      const isLast = get().historyCursor === get().historyFrames.length - 1;
      const previous = get().historyFrames[get().historyCursor - 1];
      if (isPlaying && current.isPlayback && isLast && previous)
        replaceCurrent({
          ...frameOf(engine, { label: '', kind: 'clock', isPlayback: true }),
          label: clockLabel(previous.time, world.clock.now),
        });
      else
        push(
          frameOf(engine, {
            label: clockLabel(current.time, world.clock.now),
            kind: 'clock',
            isPlayback: isPlaying,
          }),
        );
      return;
    }
    const [first, ...more] = changesAfter(world, current.lastLogId);
    const label = first && actionLabel(first) + (more.length ? ` (+${more.length} more)` : '');
    if (label) push(frameOf(engine, { label, kind: 'action' }));
    // Only failed calls or late results (an Athena query finishing): part of the current step.
    else replaceCurrent({ ...current, ...frameOf(engine, current) });
  };

  const restoreFrame = async (index: number) => {
    await get().historySettled();
    const frame = get().historyFrames[index];
    if (!frame || index === get().historyCursor) return;
    get().pause();
    const engine = get().engine;
    await engine.settled();
    isRestoring = true;
    try {
      engine.restore(frame.world);
    } finally {
      isRestoring = false;
    }
    set({ historyCursor: index });
  };

  const onChange = (engine: Engine) => {
    if (isRestoring || isScheduled) return;
    isScheduled = true;
    // Nested calls notify mid-operation, and one user action may chain several calls (loading
    // the sample data): wait for the engine's queue and the current task so they are one step.
    recording = engine
      .settled()
      .then(nextMacrotask)
      .then(() => engine.settled())
      .then(() => {
        isScheduled = false;
        record(engine);
      });
  };

  return {
    historyFrames: [],
    historyCursor: 0,
    async undo() {
      await get().goToHistoryFrame(get().historyCursor - 1);
    },
    async redo() {
      await get().goToHistoryFrame(get().historyCursor + 1);
    },
    goToHistoryFrame(index) {
      // A scrubber fires many moves: run them one after another, each from the state it left.
      const next = restoring.then(() => restoreFrame(index));
      restoring = next.catch(() => undefined);
      return next;
    },
    resetHistory() {
      unsubscribe();
      const engine = get().engine;
      bound = engine;
      unsubscribe = engine.subscribe(() => onChange(engine));
      set({ historyFrames: [frameOf(engine, { label: '', kind: 'origin' })], historyCursor: 0 });
    },
    async historySettled() {
      let seen: Promise<void> | undefined;
      while (seen !== recording) {
        seen = recording;
        await seen;
      }
    },
  };
};

/** The label of the step Undo would take back, if any. */
export const selectUndoLabel = (s: HistorySlice): string | undefined =>
  s.historyCursor > 0 ? s.historyFrames[s.historyCursor]?.label : undefined;

/** The label of the step Redo would re-apply, if any. */
export const selectRedoLabel = (s: HistorySlice): string | undefined =>
  s.historyFrames[s.historyCursor + 1]?.label;
