import { useState } from 'react';
import Badge from '@cloudscape-design/components/badge';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import ButtonDropdown from '@cloudscape-design/components/button-dropdown';
import type { CatalogTable } from './useCatalog';

/** A table in the left panel: expand to see its columns; its menu previews it or inserts its name. */
export function TableEntry({
  table,
  onPreview,
  onInsert,
}: {
  table: CatalogTable;
  onPreview: () => void;
  onInsert: () => void;
}) {
  const [isOpen, setOpen] = useState(false);
  return (
    <li style={{ listStyle: 'none' }}>
      <div style={{ display: 'flex', alignItems: 'center', gap: 4 }}>
        <Button
          variant="inline-icon"
          iconName={isOpen ? 'caret-down-filled' : 'caret-right-filled'}
          ariaLabel={`${isOpen ? 'Hide' : 'Show'} columns of ${table.name}`}
          ariaExpanded={isOpen}
          onClick={() => setOpen(!isOpen)}
        />
        <span
          style={{ flex: 1, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}
        >
          {table.name}
          {table.tableType === 'VIRTUAL_VIEW' && <Box variant="small"> (view)</Box>}
        </span>
        <ButtonDropdown
          variant="icon"
          ariaLabel={`Actions for table ${table.name}`}
          expandToViewport
          items={[
            { id: 'preview', text: 'Preview table' },
            { id: 'insert', text: 'Insert into editor' },
          ]}
          onItemClick={(e) => (e.detail.id === 'preview' ? onPreview() : onInsert())}
        />
      </div>
      {isOpen && (
        <ul aria-label={`Columns of ${table.name}`} style={{ margin: '0 0 4px 28px', padding: 0 }}>
          {table.columns.map((c) => (
            <li
              key={c.name}
              style={{ listStyle: 'none', display: 'flex', gap: 8, flexWrap: 'wrap' }}
            >
              <span>{c.name}</span>
              <Box variant="small" color="text-body-secondary">
                {c.type}
              </Box>
              {c.isPartitionKey && <Badge color="blue">Partitioned</Badge>}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
