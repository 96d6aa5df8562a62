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

/** One lesson: objectives, Start lesson, then the step panel. */
export function LessonView({ lesson }: { lesson: Lesson }) {
  const progress = useLake((s) => s.progress[lesson.id]);
  const isActive = useLake((s) => s.activeLessonId === lesson.id);
  const actions = useLessonActions(lesson);
  const [isConfirming, setConfirming] = useState(false);
  const hasStarted = isActive || progress !== undefined;
  const done = completedCount(lesson, progress);
  return (
    <ContentLayout
      header={
        <Header
          variant="h1"
          description={`Module ${lesson.module} · ${lesson.summary}`}
          actions={
            <Button variant={hasStarted ? 'normal' : 'primary'} onClick={() => setConfirming(true)}>
              {hasStarted ? 'Start again' : 'Start lesson'}
            </Button>
          }
        >
          {lesson.title}
        </Header>
      }
    >
      <SpaceBetween size="l">
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
      <ConfirmReplaceModal
        visible={isConfirming}
        header={`Start "${lesson.title}"?`}
        onDismiss={() => setConfirming(false)}
        onReplace={() => {
          setConfirming(false);
          void actions.startFresh();
        }}
        onKeep={() => {
          setConfirming(false);
          void actions.startOnCurrentLab();
        }}
      />
    </ContentLayout>
  );
}
