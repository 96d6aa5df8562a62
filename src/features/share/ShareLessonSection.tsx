import Box from '@cloudscape-design/components/box';
import { lessonById } from '../../lessons';
import { useLake } from '../../store';
import { currentPageUrl } from './currentPageUrl';
import { LinkField } from './LinkField';
import { lessonShareUrl } from './shareLink';

/** A link to the lesson in progress at its current step. */
export function ShareLessonSection() {
  const lessonId = useLake((s) => s.activeLessonId);
  const stepIndex = useLake((s) =>
    s.activeLessonId ? (s.progress[s.activeLessonId]?.currentStep ?? 0) : 0,
  );
  const lesson = lessonId ? lessonById(lessonId) : undefined;
  if (!lesson)
    return (
      <Box color="text-body-secondary">
        No lesson is in progress. Start one from the Course page to share it at a step.
      </Box>
    );
  const step = lesson.steps[stepIndex];
  return (
    <LinkField
      label="Link to the lesson at this step"
      description={`“${lesson.title}”, step ${stepIndex + 1}${step ? `: ${step.title}` : ''}.`}
      url={lessonShareUrl(currentPageUrl(), lesson.id, step?.id)}
    />
  );
}
