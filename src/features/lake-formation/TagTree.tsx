import { useMemo, useState } from 'react';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { ShowCliButton } from '../../ui/ShowCliButton';
import { catalogTree } from './catalogModel';
import { ErrorAlert } from './ErrorAlert';
import { TAG_DRAG_TYPE, TagTreeNode, type TreeActions } from './TagTreeNode';
import { nodeLabel, nodeResource, type TagNode } from './tagTreeModel';
import { useGrantOptions } from './useGrantOptions';
import { useLakeFormation } from './useLakeFormation';
import { useLfCall } from './useLfCall';

const tagInput = (node: TagNode, key: string, value: string) => ({
  Resource: nodeResource(node),
  LFTags: [{ TagKey: key, TagValues: [value] }],
});

/** The catalog with its LF-Tags: drag a tag onto a database, table or column, or select one and "Assign tag". */
export function TagTree() {
  const { world, version } = useLakeFormation();
  const { tags } = useGrantOptions();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the world mutates in place; version marks changes
  const tree = useMemo(() => catalogTree(world), [world, version]);
  const { run, error, clearError } = useLfCall();
  const [selected, setSelected] = useState<TagNode>();
  const [chosen, setChosen] = useState('');
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setExpanded((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const assign = (node: TagNode, key: string, value: string) =>
    void run(
      'AddLFTagsToResource',
      tagInput(node, key, value),
      `Assigned ${key}=${value} to ${nodeLabel(node)}`,
    );
  const actions: TreeActions = {
    world,
    selectedId: selected?.id,
    onSelect: setSelected,
    onDropTag: assign,
    onRemoveTag: (node, key, value) =>
      void run(
        'RemoveLFTagsFromResource',
        tagInput(node, key, value),
        `Removed ${key}=${value} from ${nodeLabel(node)}`,
      ),
  };
  const pairs = tags.flatMap((t) => t.values.map((v) => `${t.key}=${v}`));
  const [key = '', value = ''] = chosen.split('=');
  return (
    <SpaceBetween size="m">
      <ErrorAlert error={error} onDismiss={clearError} />
      <Box variant="p">
        Drag a tag onto a database, table or column — or select a line and use{' '}
        <strong>Assign tag</strong>. Tables inherit their database&apos;s tags and columns their
        table&apos;s; a value assigned lower down overrides the inherited one.
      </Box>
      <div
        aria-label="LF-Tags to drag"
        role="group"
        style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}
      >
        {pairs.length === 0 && (
          <Box color="text-body-secondary">No LF-Tags yet: create them under LF-Tags.</Box>
        )}
        {pairs.map((p) => (
          <span
            key={p}
            draggable
            onDragStart={(e) => e.dataTransfer.setData(TAG_DRAG_TYPE, p)}
            style={{
              cursor: 'grab',
              padding: '2px 10px',
              borderRadius: 12,
              border: '1px solid #0972d3',
            }}
          >
            {p}
          </span>
        ))}
      </div>
      <SpaceBetween direction="horizontal" size="xs" alignItems="end">
        <FormField label="Selected resource">
          <Box padding={{ vertical: 'xxs' }}>
            {selected ? nodeLabel(selected) : 'None: select a line below'}
          </Box>
        </FormField>
        <FormField label="LF-Tag to assign">
          <Select
            placeholder="Choose key=value"
            selectedOption={chosen ? { value: chosen, label: chosen } : null}
            options={pairs.map((p) => ({ value: p, label: p }))}
            onChange={({ detail }) => setChosen(detail.selectedOption.value ?? '')}
          />
        </FormField>
        <Button
          disabled={!selected || !chosen}
          onClick={() => selected && assign(selected, key, value)}
        >
          Assign tag
        </Button>
        {selected && chosen && (
          <ShowCliButton
            service="lakeformation"
            operation="AddLFTagsToResource"
            input={tagInput(selected, key, value)}
          />
        )}
      </SpaceBetween>
      <ul aria-label="Data Catalog" style={{ margin: 0, padding: 0 }}>
        {tree.map((db) => {
          const dbNode: TagNode = {
            id: db.name,
            level: 'database',
            label: db.name,
            database: db.name,
          };
          return (
            <TagTreeNode
              key={db.name}
              node={dbNode}
              actions={actions}
              isExpanded={expanded.has(db.name)}
              onToggle={() => toggle(db.name)}
            >
              {db.tables.map((t) => {
                const id = `${db.name}/${t.name}`;
                const node: TagNode = {
                  id,
                  level: 'table',
                  label: t.name,
                  database: db.name,
                  table: t.name,
                };
                return (
                  <TagTreeNode
                    key={id}
                    node={node}
                    actions={actions}
                    isExpanded={expanded.has(id)}
                    onToggle={() => toggle(id)}
                  >
                    {t.columns.map((c) => (
                      <TagTreeNode
                        key={c}
                        node={{
                          id: `${id}/${c}`,
                          level: 'column',
                          label: c,
                          database: db.name,
                          table: t.name,
                          column: c,
                        }}
                        actions={actions}
                      />
                    ))}
                  </TagTreeNode>
                );
              })}
            </TagTreeNode>
          );
        })}
      </ul>
    </SpaceBetween>
  );
}
