import { useCallback, useEffect, useRef, useState } from 'react';
import { useLake } from '../../store';
import type { CanvasUi, Draft } from './canvasUi';
import type { LakeGraph } from './graph';
import { KIND_INFO, paletteEntry } from './kinds';
import { dmsTaskStep } from './plans';
import { createAtomically, rollBack } from './rollback';

type UpdateUi = (change: (ui: CanvasUi) => CanvasUi) => void;

/** The draft without its pending task, showing the failure of the task's creation. */
function failedDraft(draft: Draft, failedDms: NonNullable<Draft['failedDms']>): Draft {
  const { pending: _done, ...rest } = draft;
  return { ...rest, failedDms };
}

/**
 * DMS refuses CreateReplicationTask while the instance is still creating, so a DMS draft waits:
 * as soon as the world shows the instance available, the task is created and the draft leaves.
 * If the task fails, the endpoints, role and instance the draft created are deleted again.
 */
export function usePendingDmsTasks(drafts: Draft[], updateUi: UpdateUi): void {
  const world = useLake((s) => s.engine.world);
  const version = useLake((s) => s.version);
  const call = useLake((s) => s.call);
  const notify = useLake((s) => s.notify);
  const inFlight = useRef(new Set<string>());
  const [bug, setBug] = useState<{ error: unknown }>();
  if (bug) throw bug.error;
  useEffect(() => {
    for (const draft of drafts) {
      const pending = draft.pending;
      if (!pending || inFlight.current.has(draft.id)) continue;
      const arn = pending.form.reuseInstanceArn ?? pending.refs.instanceArn ?? '';
      if (world.dms?.instances[arn]?.Status !== 'available') continue;
      inFlight.current.add(draft.id);
      const options = { refs: pending.refs, undo: pending.undo ?? [] };
      void createAtomically(call, [dmsTaskStep(pending.form)], options)
        .then(
          (outcome) => {
            if (outcome.ok)
              notify({
                type: 'success',
                header: `Created replication task ${pending.form.taskIdentifier}`,
              });
            const failedDms = outcome.ok
              ? undefined
              : { form: pending.form, failure: outcome.failure };
            updateUi((u) => ({
              ...u,
              drafts: failedDms
                ? u.drafts.map((d) => (d.id === draft.id ? failedDraft(d, failedDms) : d))
                : u.drafts.filter((d) => d.id !== draft.id),
            }));
          },
          (error: unknown) => setBug({ error }),
        )
        .finally(() => inFlight.current.delete(draft.id));
    }
  }, [drafts, world, version, call, notify, updateUi]);
}

/**
 * Removing a draft from the canvas: a DMS draft waiting for its instance already created its
 * endpoints (and maybe the instance and role); they are deleted with it, newest first.
 */
export function useRemoveDraft(drafts: Draft[], updateUi: UpdateUi) {
  const call = useLake((s) => s.call);
  const notify = useLake((s) => s.notify);
  const deleteWhenCreated = useLake((s) => s.deleteWhenCreated);
  return useCallback(
    async (id: string) => {
      const undo = drafts.find((d) => d.id === id)?.pending?.undo ?? [];
      updateUi((u) => ({ ...u, drafts: u.drafts.filter((d) => d.id !== id) }));
      if (!undo.length) return;
      const { leftovers, waiting } = await rollBack(call, undo);
      deleteWhenCreated(waiting);
      notify(
        leftovers.length
          ? {
              type: 'warning',
              header: 'Removed the draft; some resources are left over',
              content: leftovers.join('; '),
            }
          : {
              type: 'info',
              header: `Removed the draft and deleted the ${undo.length} resource(s) it had created`,
            },
      );
    },
    [drafts, updateUi, call, notify, deleteWhenCreated],
  );
}

/** Why a connection is refused, or undefined when the canvas accepts it. */
export function refusalOf(
  graph: LakeGraph,
  drafts: Draft[],
  source: string,
  target: string,
): string | undefined {
  const draft = drafts.find((d) => d.id === source);
  const targetNode = graph.nodes.find((n) => n.id === target);
  if (draft) {
    if (targetNode?.kind === 'bucket') return undefined;
    return `${paletteEntry(draft.kind).label} writes to Amazon S3: connect it to a bucket node.`;
  }
  const sourceNode = graph.nodes.find((n) => n.id === source);
  const what = sourceNode ? `${KIND_INFO[sourceNode.kind].title} ${sourceNode.label}` : source;
  return `${what} already exists: its destination is part of its configuration, change it in its service (the canvas only connects new pipelines).`;
}

/** Connecting two nodes by dragging: a draft to a bucket sets its target; anything else is refused with the reason. */
export function useConnect(graph: LakeGraph, drafts: Draft[], updateUi: UpdateUi) {
  const notify = useLake((s) => s.notify);
  return useCallback(
    (source: string, target: string) => {
      const reason = refusalOf(graph, drafts, source, target);
      if (reason) {
        notify({ type: 'warning', header: 'Cannot connect these nodes', content: reason });
        return;
      }
      updateUi((u) => ({
        ...u,
        drafts: u.drafts.map((d) => (d.id === source ? { ...d, target } : d)),
      }));
    },
    [graph, drafts, notify, updateUi],
  );
}
