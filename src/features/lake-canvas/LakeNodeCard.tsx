import { memo } from 'react';
import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import { formatBytes } from '../../ui/format';
import { href } from '../../store/router';
import type { Draft } from './canvasUi';
import type { LakeNode } from './graph';
import { KIND_INFO, paletteEntry } from './kinds';

export type LakeFlowNode = Node<{ node: LakeNode }, 'lake'>;
export type DraftFlowNode = Node<{ draft: Draft }, 'draft'>;

const hasInput = (node: LakeNode) => KIND_INFO[node.kind].group !== 'source';
const hasOutput = (node: LakeNode) => node.kind !== 'bucket';

function BucketBadges({ node }: { node: LakeNode }) {
  return (
    <>
      <div className="lc-badges">
        <span className="lc-badge">{node.objects?.count.toLocaleString('en-US')} objects</span>
        <span className="lc-badge">{formatBytes(node.objects?.bytes ?? 0)}</span>
      </div>
      {node.prefixes?.map((p) => (
        <div key={p.prefix} className="lc-counter">
          {p.prefix}: {p.count.toLocaleString('en-US')} · {formatBytes(p.bytes)}
        </div>
      ))}
    </>
  );
}

/** A resource of the lake: icon, name, status and counters (re-renders only when they change). */
export const LakeNodeCard = memo(function LakeNodeCard({
  data,
  selected,
}: NodeProps<LakeFlowNode>) {
  const { node } = data;
  const info = KIND_INFO[node.kind];
  return (
    <div
      className={`lc-node lc-${info.group} lc-health-${node.health}${selected ? ' lc-selected' : ''}`}
    >
      {hasInput(node) && <Handle type="target" position={Position.Left} />}
      <div className="lc-title">
        <span className={`lc-icon lc-icon-${node.kind}`} aria-hidden="true">
          {info.badge}
        </span>
        <div>
          <div className="lc-kind">{info.title}</div>
          {node.kind === 'bucket' ? (
            <a className="lc-name nodrag" href={href(`/s3/buckets/${node.label}`)}>
              {node.label}
            </a>
          ) : (
            <div className="lc-name">{node.label}</div>
          )}
        </div>
      </div>
      <div className="lc-status">
        <span className={`lc-dot lc-dot-${node.health}`} aria-hidden="true" />
        {node.status}
      </div>
      {node.kind === 'bucket' ? (
        <BucketBadges node={node} />
      ) : (
        node.counters.filter(Boolean).map((c) => (
          <div key={c} className="lc-counter">
            {c}
          </div>
        ))
      )}
      {node.lastError && (
        <div className="lc-error" title={node.lastError}>
          {node.lastError}
        </div>
      )}
      {hasOutput(node) && <Handle type="source" position={Position.Right} />}
    </div>
  );
});

/** A palette item on the canvas, not created yet: configure it in the side panel. */
export const DraftNodeCard = memo(function DraftNodeCard({
  data,
  selected,
}: NodeProps<DraftFlowNode>) {
  const entry = paletteEntry(data.draft.kind);
  return (
    <div className={`lc-node lc-draft${selected ? ' lc-selected' : ''}`}>
      <div className="lc-kind">New pipeline (not created yet)</div>
      <div className="lc-name">{entry.label}</div>
      <div className="lc-counter">
        {data.draft.target
          ? `→ ${data.draft.target.replace(/^bucket:/, 's3://')}`
          : 'Connect it to a bucket'}
      </div>
      <Handle type="source" position={Position.Right} />
    </div>
  );
});

export const NODE_TYPES = { lake: LakeNodeCard, draft: DraftNodeCard };
