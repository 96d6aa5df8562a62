import { useRef, useState } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import TextFilter from '@cloudscape-design/components/text-filter';
import { useLake } from '../../store';
import { FONT_FAMILY_BASE, surfaceColors } from '../../ui/theme';
import type { MatrixRow } from './matrixModel';
import { VerdictBadge } from './VerdictBadge';

const ROW_HEIGHT = 36;
const INITIAL_RECT = { width: 900, height: 480 };

const labelOf = (r: MatrixRow) =>
  r.column ? `${r.database}.${r.table}.${r.column}` : `${r.database}.${r.table}`;

/**
 * Databases → tables → columns with allowed/denied and the rows in words; only the lines
 * in view are in the page (200 tables × 20 columns stay smooth).
 */
export function AccessMatrix({
  rows,
  onWhy,
  changed,
}: {
  rows: MatrixRow[];
  onWhy: (row: MatrixRow) => void;
  changed?: ReadonlySet<string>;
}) {
  const colors = surfaceColors(useLake((s) => s.colorMode));
  const [filter, setFilter] = useState('');
  const needle = filter.trim().toLowerCase();
  const shown = needle ? rows.filter((r) => labelOf(r).includes(needle)) : rows;
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer returns fresh functions by design
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    initialRect: INITIAL_RECT,
  });
  const items = virtualizer.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  const cell = {
    padding: '0 12px',
    height: ROW_HEIGHT,
    borderBottom: `1px solid ${colors.border}`,
    whiteSpace: 'nowrap',
  } as const;
  return (
    <SpaceBetween size="s">
      <TextFilter
        filteringText={filter}
        filteringPlaceholder="Find database, table or column"
        filteringAriaLabel="Find database, table or column"
        countText={`${shown.length} lines`}
        onChange={({ detail }) => setFilter(detail.filteringText)}
      />
      <div
        ref={scrollRef}
        style={{ maxHeight: 480, overflow: 'auto' }}
        tabIndex={0}
        role="region"
        aria-label="Access matrix"
      >
        <table
          style={{
            borderCollapse: 'collapse',
            width: '100%',
            fontFamily: FONT_FAMILY_BASE,
            fontSize: 14,
            color: 'inherit',
          }}
        >
          <thead style={{ position: 'sticky', top: 0, zIndex: 1, background: colors.background }}>
            <tr>
              {['Resource', 'Access', 'Rows', 'Explanation'].map((h) => (
                <th key={h} scope="col" style={{ ...cell, textAlign: 'left' }}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {padTop > 0 && <tr style={{ height: padTop }} />}
            {items.map((item) => {
              const r = shown[item.index]!;
              const isChanged = changed?.has(r.key);
              return (
                <tr
                  key={r.key}
                  style={
                    isChanged ? { outline: '2px solid #0972d3', outlineOffset: -2 } : undefined
                  }
                >
                  <th
                    scope="row"
                    style={{
                      ...cell,
                      textAlign: 'left',
                      fontWeight: r.level === 'table' ? 700 : 400,
                      paddingLeft: r.level === 'table' ? 12 : 36,
                    }}
                  >
                    {r.column ?? `${r.database}.${r.table}`}
                    {isChanged && <span> (changes)</span>}
                  </th>
                  <td style={cell}>
                    <VerdictBadge verdict={r.verdict} />
                  </td>
                  <td style={{ ...cell, whiteSpace: 'normal' }}>{r.rows}</td>
                  <td style={cell}>
                    <Button
                      variant="inline-link"
                      ariaLabel={`Why? ${labelOf(r)}`}
                      onClick={() => onWhy(r)}
                    >
                      Why?
                    </Button>
                  </td>
                </tr>
              );
            })}
            {padBottom > 0 && <tr style={{ height: padBottom }} />}
          </tbody>
        </table>
      </div>
    </SpaceBetween>
  );
}
