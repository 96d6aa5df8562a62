import { useCallback, useEffect, useState } from 'react';
import type { Point } from './layout';
import type { DmsForm, Refs } from './plans';
import type { PlanFailure, UndoCall } from './rollback';

/** The palette's entries that become a pipeline (drafts until created). */
export type PaletteKind =
  'dms' | 'datasync' | 'transfer' | 'storagegateway' | 'streaming' | 'msk' | 'appflow';

/** A palette item dropped on the canvas, waiting to be configured and created. */
export interface Draft {
  id: string;
  kind: PaletteKind;
  /** The bucket node (`bucket:<name>`) it is connected to. */
  target?: string;
  /** DMS: endpoints created, the task waits for the replication instance. */
  pending?: PendingDmsTask;
  /** DMS: the task failed once the instance was up; everything was rolled back, the form stays. */
  failedDms?: { form: DmsForm; failure: PlanFailure };
}

/** A DMS pipeline whose endpoints exist and whose task waits for the instance to be available. */
export interface PendingDmsTask {
  form: DmsForm;
  refs: Refs;
  /** The deletes that undo the first half if the task cannot be created (absent in older saves). */
  undo?: UndoCall[];
}

/** Canvas-only state: where nodes sit and the drafts. */
export interface CanvasUi {
  positions: Record<string, Point>;
  drafts: Draft[];
  nextDraft: number;
}

const EMPTY: CanvasUi = { positions: {}, drafts: [], nextDraft: 1 };

/** localStorage, one key per lab seed: the layout belongs to the lab, not to the browser tab. */
export const canvasStorageKey = (seed: number) => `lakelab.lake-canvas.${seed}`;

function load(seed: number): CanvasUi {
  try {
    const raw = localStorage.getItem(canvasStorageKey(seed));
    return raw ? { ...EMPTY, ...(JSON.parse(raw) as Partial<CanvasUi>) } : EMPTY;
  } catch {
    return EMPTY;
  }
}

/** The canvas UI state of the lab with this seed, saved on every change. */
export function useCanvasUi(seed: number) {
  const [ui, setUi] = useState<CanvasUi>(() => load(seed));
  const [loadedSeed, setLoadedSeed] = useState(seed);
  if (loadedSeed !== seed) {
    setLoadedSeed(seed);
    setUi(load(seed));
  }
  useEffect(() => {
    try {
      localStorage.setItem(canvasStorageKey(seed), JSON.stringify(ui));
    } catch {
      // Storage full or disabled: the layout simply is not kept.
    }
  }, [seed, ui]);
  const update = useCallback((change: (ui: CanvasUi) => CanvasUi) => setUi(change), []);
  return [ui, update] as const;
}
