import StatusIndicator, {
  type StatusIndicatorProps,
} from '@cloudscape-design/components/status-indicator';
import type { GoalMark, GoalRow, GoalTable } from '../../lessons';
import type { MessageKey } from '../../i18n/en';
import { useT } from '../../i18n';
import { goalWords } from '../../lessons/goalWords';
import { Breakable } from './Breakable';
import './goalVsNow.css';

const MARKS: Record<GoalMark, { type: StatusIndicatorProps.Type; label: MessageKey }> = {
  same: { type: 'success', label: 'lessons.goalMarkSame' },
  missing: { type: 'error', label: 'lessons.goalMarkMissing' },
  different: { type: 'warning', label: 'lessons.goalMarkDifferent' },
  extra: { type: 'info', label: 'lessons.goalMarkExtra' },
  other: { type: 'stopped', label: 'lessons.goalMarkOther' },
};

function Cells({
  cells,
  width,
  side,
  row,
}: {
  cells: GoalRow['goal'];
  width: number;
  side: 'goal' | 'now';
  row: GoalRow;
}) {
  const { t, language } = useT();
  const words = goalWords(language);
  if (!cells)
    return (
      <td colSpan={width} className={`goal-cell goal-cell--absent goal-${side}-${row.mark}`}>
        <span aria-hidden="true">—</span>
        <span className="goal-sr-only">{t('lessons.goalNone')}</span>
      </td>
    );
  return (
    <>
      {cells.map((value, i) => {
        const cell = words.cell(value);
        const isDifferent = side === 'now' && row.differentCells.includes(i);
        const classes = [
          'goal-cell',
          `goal-${side}-${row.mark}`,
          i === 0 ? 'goal-cell--first' : '',
          isDifferent ? 'goal-cell--different' : '',
        ];
        return (
          <td key={i} className={classes.filter(Boolean).join(' ')}>
            {cell === undefined ? (
              <span aria-label={t('lessons.goalNone')}>—</span>
            ) : (
              <Breakable text={cell} />
            )}
          </td>
        );
      })}
    </>
  );
}

/** The columns that differ ("Type"), when the row has several and a header names them. */
function differentColumns(table: GoalTable, row: GoalRow): string {
  if (row.mark !== 'different' || table.columns.length < 2) return '';
  return row.differentCells
    .map((i) => table.columns[i])
    .filter(Boolean)
    .join(', ');
}

/** One goal beside the lab: goal cells, now cells and the difference in words, row by row. */
export function GoalTableView({ table, caption }: { table: GoalTable; caption: string }) {
  const { t, language } = useT();
  const words = goalWords(language);
  const width = table.columns.length;
  const hasColumnHeaders = !(width === 1 && table.columns[0] === 'Value');
  const headerRows = hasColumnHeaders ? 2 : 1;
  return (
    // Focusable so a keyboard can scroll it when a narrow panel or large type makes it overflow.
    <div className="goal-table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="goal-table">
        <caption className="goal-sr-only">{caption}</caption>
        <thead>
          <tr>
            {table.hasLabels && (
              <th rowSpan={headerRows} scope="col">
                {t('lessons.goalField')}
              </th>
            )}
            <th colSpan={width} scope="colgroup" className="goal-side-header">
              {t('lessons.goalGoal')}
            </th>
            <th colSpan={width} scope="colgroup" className="goal-side-header">
              {t('lessons.goalNow')}
            </th>
            <th rowSpan={headerRows} scope="col">
              <span className="goal-status-text">{t('lessons.goalDifference')}</span>
            </th>
          </tr>
          {hasColumnHeaders && (
            <tr>
              {[...table.columns, ...table.columns].map((c, i) => (
                <th key={i} scope="col">
                  <Breakable text={c} />
                </th>
              ))}
            </tr>
          )}
        </thead>
        <tbody>
          {table.rows.map((row, i) => (
            <tr key={i} className={`goal-row goal-row--${row.mark}`}>
              {table.hasLabels && (
                <th scope="row">
                  <Breakable text={row.label ?? ''} />
                </th>
              )}
              <Cells cells={row.goal} width={width} side="goal" row={row} />
              <Cells cells={row.now} width={width} side="now" row={row} />
              <td className="goal-cell">
                <StatusIndicator type={MARKS[row.mark].type}>
                  <span className="goal-status-text">
                    {differentColumns(table, row)
                      ? t('lessons.goalMarkDifferentIn', { columns: differentColumns(table, row) })
                      : t(MARKS[row.mark].label)}
                  </span>
                </StatusIndicator>
                {row.difference && (
                  <span className="goal-sr-only"> {words.difference(row.difference)}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {table.hiddenCount > 0 && (
        <div className="goal-more">
          {table.hiddenCount === 1
            ? t('lessons.goalOneMoreRow')
            : t('lessons.goalMoreRows', { count: table.hiddenCount })}
        </div>
      )}
    </div>
  );
}
