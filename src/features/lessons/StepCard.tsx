import Alert from '@cloudscape-design/components/alert';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import type { ReactNode } from 'react';
import { useT } from '../../i18n';
import type { CheckResult, GoalComparison, Step } from '../../lessons';
import { useLake } from '../../store';
import { GoalVsNow } from './GoalVsNow';
import { Hints } from './Hints';
import { Markdown } from './Markdown';
import { ShowMe } from './ShowMe';

function CheckStatus({ result, isDone }: { result: CheckResult | undefined; isDone: boolean }) {
  const { t } = useT();
  if (isDone || result?.status === 'passed')
    return <StatusIndicator type="success">{t('lessons.stepComplete')}</StatusIndicator>;
  if (!result) return <StatusIndicator type="loading">{t('lessons.checking')}</StatusIndicator>;
  if (result.status === 'lesson-error')
    return (
      <Alert type="error" header={t('lessons.problemHeader')}>
        {result.detail} {t('lessons.problemAdvice')}
      </Alert>
    );
  return <StatusIndicator type="pending">{t('lessons.notYet')}</StatusIndicator>;
}

/** In presentation mode the projector shows no lesson text; this says so to the instructor. */
function LessonTextHidden() {
  const { t } = useT();
  return (
    <Alert type="info" header={t('lessons.textHiddenHeader')}>
      {t('lessons.textHiddenBody')}
    </Alert>
  );
}

/**
 * One step: instructions, its live check, Goal vs now, hints, Show me, and the explanation once it
 * passes. In presentation mode the instructions, hints and explanation are hidden.
 */
export function StepCard(props: {
  step: Step;
  number: number;
  total: number;
  result: CheckResult | undefined;
  isDone: boolean;
  comparison: GoalComparison | undefined;
  actions: ReactNode;
  onDoItForMe: () => Promise<void>;
}) {
  const { step, number, total, result, isDone } = props;
  const passed = isDone || result?.status === 'passed';
  const { t } = useT();
  const isPresenting = useLake((s) => s.isPresenting);
  return (
    <Container
      header={
        <Header
          variant="h2"
          description={t('lessons.stepOf', { number, total })}
          actions={props.actions}
        >
          {step.title}
        </Header>
      }
    >
      <SpaceBetween size="m">
        {isPresenting ? <LessonTextHidden /> : <Markdown text={step.instructions} />}
        <div aria-live="polite">
          <CheckStatus result={result} isDone={isDone} />
        </div>
        <GoalVsNow key={step.id} comparison={props.comparison} />
        {passed ? (
          !isPresenting && (
            <Alert type="success" header={t('lessons.whyItMatters')}>
              <Markdown text={step.explanation} />
            </Alert>
          )
        ) : (
          <SpaceBetween size="s">
            {!isPresenting && <Hints key={`hints-${step.id}`} hints={step.hints} />}
            <ShowMe key={`show-me-${step.id}`} ops={step.showMe} onRun={props.onDoItForMe} />
          </SpaceBetween>
        )}
      </SpaceBetween>
    </Container>
  );
}
