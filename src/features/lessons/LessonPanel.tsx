import Button from '@cloudscape-design/components/button';
import ButtonDropdown from '@cloudscape-design/components/button-dropdown';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useEffect, useState } from 'react';
import { useT } from '../../i18n';
import type { Lesson } from '../../lessons';
import { useLake } from '../../store';
import { ConfirmReplaceModal } from './ConfirmReplaceModal';
import { StepCard } from './StepCard';
import { useLessonActions } from './useLessonActions';
import { useGoalComparison } from './useGoalComparison';
import { useLiveCheck } from './useLiveCheck';

type Pending = { kind: 'reset' } | { kind: 'restart'; step: number } | undefined;

/** The step panel: the current step with its live check, moving between steps, reset and restart. */
export function LessonPanel({ lesson }: { lesson: Lesson }) {
  const progress = useLake((s) => s.progress[lesson.id]);
  const completeStep = useLake((s) => s.completeStep);
  const goToStep = useLake((s) => s.goToStep);
  const actions = useLessonActions(lesson);
  const [pending, setPending] = useState<Pending>();
  const { t } = useT();
  const index = Math.min(progress?.currentStep ?? 0, lesson.steps.length - 1);
  const step = lesson.steps[index]!;
  const isDone = progress?.completedSteps.includes(step.id) ?? false;
  const result = useLiveCheck(isDone ? undefined : step.check);
  const passed = result?.status === 'passed';
  const comparison = useGoalComparison(lesson, index);
  useEffect(() => {
    if (passed) completeStep(lesson.id, step.id);
  }, [passed, completeStep, lesson.id, step.id]);
  const isLast = index === lesson.steps.length - 1;

  const navigation = (
    <SpaceBetween direction="horizontal" size="xs">
      <Button disabled={index === 0} onClick={() => goToStep(lesson.id, index - 1)}>
        {t('lessons.previousStep')}
      </Button>
      <Button
        variant={isDone || passed ? 'primary' : 'normal'}
        disabled={isLast}
        onClick={() => goToStep(lesson.id, index + 1)}
      >
        {t('lessons.nextStep')}
      </Button>
    </SpaceBetween>
  );
  return (
    <SpaceBetween size="m">
      <StepCard
        step={step}
        number={index + 1}
        total={lesson.steps.length}
        result={result}
        isDone={isDone}
        comparison={comparison}
        actions={navigation}
        onDoItForMe={() => actions.doItForMe(step.showMe)}
      />
      <SpaceBetween direction="horizontal" size="xs">
        <Button onClick={() => setPending({ kind: 'reset' })}>{t('lessons.reset')}</Button>
        <ButtonDropdown
          items={lesson.steps.map((s, i) => ({
            id: String(i),
            text: t('lessons.stepItem', { number: i + 1, title: s.title }),
          }))}
          onItemClick={({ detail }) => setPending({ kind: 'restart', step: Number(detail.id) })}
        >
          {t('lessons.restartFrom')}
        </ButtonDropdown>
      </SpaceBetween>
      <ConfirmReplaceModal
        visible={pending !== undefined}
        header={
          pending?.kind === 'restart'
            ? t('lessons.confirmRestartFrom', { number: pending.step + 1 })
            : t('lessons.confirmReset')
        }
        onDismiss={() => setPending(undefined)}
        onReplace={() => {
          const from = pending?.kind === 'restart' ? pending.step : 0;
          setPending(undefined);
          void actions.restartFrom(from);
        }}
      />
    </SpaceBetween>
  );
}
