import type { Draft } from './canvasUi';

export interface DraftPanelProps {
  draft: Draft;
  buckets: string[];
  onTarget(target: string): void;
  /** Created: the draft leaves the canvas and the resources appear. */
  onDone(message: string): void;
  onPending?(pending: NonNullable<Draft['pending']>): void;
}
