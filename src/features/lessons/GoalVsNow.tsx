import Box from '@cloudscape-design/components/box';
import ExpandableSection from '@cloudscape-design/components/expandable-section';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { useT } from '../../i18n';
import type { GoalComparison, GoalItem, GoalSection } from '../../lessons';
import { goalWords } from '../../lessons/goalWords';
import { Breakable } from './Breakable';
import { GoalTableView } from './GoalTableView';

function GoalItemView({ item }: { item: GoalItem }) {
  const { t, language } = useT();
  const words = goalWords(language);
  // Rows say their own difference; what no row can show (e.g. the order of an object's fields) is said here.
  const rowDifferences = new Set(item.table.rows.map((r) => r.difference));
  const unattached = item.differences.filter((d) => !rowDifferences.has(d));
  const requirement = words.requirement(item);
  const label = item.path ? `${item.path} ${requirement}` : requirement;
  return (
    <SpaceBetween size="xxs">
      <Box variant="h5" tagOverride="h4">
        <code>
          <Breakable text={item.path || '—'} />
        </code>{' '}
        {requirement}
      </Box>
      {item.table.entries && (
        <Box variant="small" color="text-body-secondary">
          {words.entries(item.table.entries)}
        </Box>
      )}
      <GoalTableView table={item.table} caption={label} />
      {unattached.length > 0 && (
        <div>
          <Box variant="small" fontWeight="bold">
            {t('lessons.goalWhatDiffers')}
          </Box>
          <ul className="goal-differences">
            {unattached.map((d, i) => (
              <li key={i}>{words.difference(d)}</li>
            ))}
          </ul>
        </div>
      )}
    </SpaceBetween>
  );
}

function GoalSectionView({ section }: { section: GoalSection }) {
  const { language } = useT();
  const words = goalWords(language);
  const title = words.heading(section.heading);
  return (
    <section aria-label={title}>
      <SpaceBetween size="xs">
        <Box variant="h4" tagOverride="h3">
          {title}
        </Box>
        {section.readProblem && (
          <Box color="text-body-secondary">{words.readProblem(section.readProblem)}</Box>
        )}
        {section.items.map((item, i) => (
          <GoalItemView key={i} item={item} />
        ))}
      </SpaceBetween>
    </section>
  );
}

function Summary({ comparison }: { comparison: GoalComparison | undefined }) {
  const { t } = useT();
  if (!comparison)
    return <StatusIndicator type="loading">{t('lessons.goalComparing')}</StatusIndicator>;
  const count = comparison.differenceCount;
  if (count === 0)
    return <StatusIndicator type="success">{t('lessons.goalMatches')}</StatusIndicator>;
  return (
    <StatusIndicator type="warning">
      {count === 1 ? t('lessons.goalOneDifference') : t('lessons.goalDifferences', { count })}
    </StatusIndicator>
  );
}

/** "Goal vs now": what the step asks for beside the lab, differences highlighted and said in words. */
export function GoalVsNow({ comparison }: { comparison: GoalComparison | undefined }) {
  const { t } = useT();
  if (comparison && comparison.sections.length === 0) return null;
  return (
    <ExpandableSection headerText={t('lessons.goalHeader')} defaultExpanded>
      <SpaceBetween size="m">
        <div aria-live="polite">
          <Summary comparison={comparison} />
        </div>
        {comparison?.sections.map((section, i) => (
          <GoalSectionView key={i} section={section} />
        ))}
      </SpaceBetween>
    </ExpandableSection>
  );
}
