import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import type { Lesson } from '../../lessons';
import { useLake } from '../../store';
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
          description={`Module ${lesson.module} · ${lesson.summary}`}
          actions={
            <Button
              variant={hasStarted ? 'normal' : 'primary'}
              onClick={() => setConfirming('start')}
            >
              {hasStarted ? 'Start again' : 'Start lesson'}
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
            header={`This link opens the lesson at step ${linkedStep + 1}: ${linked.title}`}
            action={
              <Button onClick={() => setConfirming('linked')}>
                Start at step {linkedStep + 1}
              </Button>
            }
          >
            The lab is set up as if the steps before it were done (their Show me), after you
            confirm.
          </Alert>
        )}
        <Container header={<Header variant="h2">What you will learn</Header>}>
          <ColumnLayout columns={2}>
            <ul style={{ margin: 0 }}>
              {lesson.objectives.map((o) => (
                <li key={o}>{o}</li>
              ))}
            </ul>
            <Box>
              {done} of {lesson.steps.length} steps complete
            </Box>
          </ColumnLayout>
        </Container>
        {hasStarted ? (
          <LessonPanel lesson={lesson} />
        ) : (
          <Box color="text-body-secondary">
            Choose Start lesson to set up your lab for this lesson.
          </Box>
        )}
      </SpaceBetween>
      {confirming === 'linked' ? (
        <ConfirmReplaceModal
          visible
          header={`Start "${lesson.title}" at step ${(linkedStep ?? 0) + 1}?`}
          onDismiss={() => setConfirming(undefined)}
          onReplace={() => {
            setConfirming(undefined);
            void actions.restartFrom(linkedStep ?? 0);
          }}
        />
      ) : (
        <ConfirmReplaceModal
          visible={confirming === 'start'}
          header={`Start "${lesson.title}"?`}
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
