import { useState, type DragEvent, type ReactNode } from 'react';
import Button from '@cloudscape-design/components/button';
import { TagChips } from './TagChips';
import { nodeLabel, nodeTags, type TagNode } from './tagTreeModel';
import type { World } from '../../engine/world';

export const TAG_DRAG_TYPE = 'application/x-lakelab-lf-tag';

export interface TreeActions {
  world: World;
  selectedId: string | undefined;
  onSelect: (node: TagNode) => void;
  onDropTag: (node: TagNode, key: string, value: string) => void;
  onRemoveTag: (node: TagNode, key: string, value: string) => void;
}

/** One database, table or column line: select it, drop a tag on it, see its tags; children below. */
export function TagTreeNode({
  node,
  actions,
  children,
  isExpanded,
  onToggle,
}: {
  node: TagNode;
  actions: TreeActions;
  children?: ReactNode;
  isExpanded?: boolean;
  onToggle?: () => void;
}) {
  const [isOver, setOver] = useState(false);
  const isSelected = actions.selectedId === node.id;
  const accepts = (e: DragEvent) => e.dataTransfer.types.includes(TAG_DRAG_TYPE);
  const label = nodeLabel(node);
  return (
    <li style={{ listStyle: 'none' }}>
      <div
        onDragOver={(e) => {
          if (!accepts(e)) return;
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          setOver(false);
          const [key, value] = e.dataTransfer.getData(TAG_DRAG_TYPE).split('=');
          if (key && value) actions.onDropTag(node, key, value);
        }}
        style={{
          display: 'flex',
          alignItems: 'center',
          gap: 8,
          flexWrap: 'wrap',
          padding: '4px 8px',
          borderRadius: 8,
          border: `2px ${isOver ? 'dashed #0972d3' : isSelected ? 'solid #0972d3' : 'solid transparent'}`,
        }}
      >
        {onToggle ? (
          <Button
            variant="inline-icon"
            iconName={isExpanded ? 'caret-down-filled' : 'caret-right-filled'}
            ariaLabel={`${isExpanded ? 'Collapse' : 'Expand'} ${label}`}
            ariaExpanded={isExpanded}
            onClick={onToggle}
          />
        ) : (
          <span style={{ width: 20 }} />
        )}
        <Button
          variant="inline-link"
          ariaLabel={`Select ${label}`}
          onClick={() => actions.onSelect(node)}
        >
          {node.label}
        </Button>
        {isSelected && <span>(selected)</span>}
        <TagChips
          tags={nodeTags(actions.world, node)}
          nodeLabel={label}
          onRemove={(k, v) => actions.onRemoveTag(node, k, v)}
        />
      </div>
      {isExpanded && children && <ul style={{ margin: 0, paddingLeft: 24 }}>{children}</ul>}
    </li>
  );
}
