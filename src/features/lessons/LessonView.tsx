import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { useT } from '../../i18n';
import type { Lesson } from '../../lessons';
import { useLake } from '../../store';
import { navigate } from '../../store/router';
import { ConfirmReplaceModal } from './ConfirmReplaceModal';
import { LessonPanel } from './LessonPanel';
import { completedCount } from './lessonProgress';
import { useLessonActions } from './useLessonActions';

/** One lesson: objectives, Start lesson, then the step panel; a shared link may open it at a step. */
export function LessonView({
  lesson,
  linkedStep,
}: {
  lesson: Lesson;
  linkedStep?: number | undefined;
}) {
  const progress = useLake((s) => s.progress[lesson.id]);
  const isActive = useLake((s) => s.activeLessonId === lesson.id);
  const actions = useLessonActions(lesson);
  const { t } = useT();
  // One confirmation at a time: starting the lesson, or starting at the linked step.
  const [confirming, setConfirming] = useState<'start' | 'linked' | undefined>();
  const linked = linkedStep === undefined ? undefined : lesson.steps[linkedStep];
  const hasStarted = isActive || progress !== undefined;
  const done = completedCount(lesson, progress);
  return (
    <ContentLayout
      header={
        <Header
          variant="h1"
          description={t('lessons.lessonDescription', {
            number: lesson.module,
            summary: lesson.summary,
          })}
          actions={
            <Button
              variant={hasStarted ? 'normal' : 'primary'}
              onClick={() => setConfirming('start')}
            >
              {hasStarted ? t('lessons.startAgain') : t('lessons.start')}
            </Button>
          }
        >
          {lesson.title}
        </Header>
      }
    >
      <SpaceBetween size="l">
        {linked && linkedStep !== undefined && (
          <Alert
            type="info"
            header={t('lessons.linkedHeader', { number: linkedStep + 1, title: linked.title })}
            action={
              <Button onClick={() => setConfirming('linked')}>
                {t('lessons.startAtStep', { number: linkedStep + 1 })}
              </Button>
            }
          >
            {t('lessons.linkedBody')}
          </Alert>
        )}
        <Container header={<Header variant="h2">{t('lessons.whatYouWillLearn')}</Header>}>
          <ColumnLayout columns={2}>
            <ul style={{ margin: 0 }}>
              {lesson.objectives.map((o) => (
                <li key={o}>{o}</li>
              ))}
            </ul>
            <Box>{t('lessons.stepsComplete', { done, total: lesson.steps.length })}</Box>
          </ColumnLayout>
        </Container>
        {hasStarted ? (
          <LessonPanel lesson={lesson} />
        ) : (
          <Box color="text-body-secondary">{t('lessons.chooseStart')}</Box>
        )}
      </SpaceBetween>
      {confirming === 'linked' ? (
        <ConfirmReplaceModal
          visible
          header={t('lessons.confirmStartAt', {
            title: lesson.title,
            number: (linkedStep ?? 0) + 1,
          })}
          onDismiss={() => setConfirming(undefined)}
          onReplace={() => {
            setConfirming(undefined);
            // Once the lab is at the linked step, the link has done its job: its banner goes.
            void actions
              .restartFrom(linkedStep ?? 0)
              .then((started) => started && navigate(`/lessons/${lesson.id}`));
          }}
        />
      ) : (
        <ConfirmReplaceModal
          visible={confirming === 'start'}
          header={t('lessons.confirmStart', { title: lesson.title })}
          onDismiss={() => setConfirming(undefined)}
          onReplace={() => {
            setConfirming(undefined);
            void actions.startFresh();
          }}
          onKeep={() => {
            setConfirming(undefined);
            void actions.startOnCurrentLab();
          }}
        />
      )}
    </ContentLayout>
  );
}
