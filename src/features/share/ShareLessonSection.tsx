import Box from '@cloudscape-design/components/box';
import { useT } from '../../i18n';
import { useLake } from '../../store';
import { useLessonLookup } from '../../ui/useLessonLookup';
import { currentPageUrl } from './currentPageUrl';
import { LinkField } from './LinkField';
import { lessonShareUrl } from './shareLink';

/** A link to the lesson in progress at its current step. */
export function ShareLessonSection() {
  const { t, language } = useT();
  const lessonId = useLake((s) => s.activeLessonId);
  const stepIndex = useLake((s) =>
    s.activeLessonId ? (s.progress[s.activeLessonId]?.currentStep ?? 0) : 0,
  );
  // The lessons load with the dialog (at once when a lesson panel has loaded them).
  const lookup = useLessonLookup(Boolean(lessonId));
  if (lessonId && !lookup) return null;
  const lesson = lessonId ? lookup?.localizedLessonById(lessonId, language) : undefined;
  if (!lesson) return <Box color="text-body-secondary">{t('share.noLesson')}</Box>;
  const step = lesson.steps[stepIndex];
  const where = { title: lesson.title, number: stepIndex + 1 };
  return (
    <LinkField
      label={t('share.lessonLink')}
      description={
        step ? t('share.lessonAtStep', { ...where, step: step.title }) : t('share.lessonAt', where)
      }
      url={lessonShareUrl(currentPageUrl(), lesson.id, step?.id)}
    />
  );
}
