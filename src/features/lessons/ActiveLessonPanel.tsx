import Box from '@cloudscape-design/components/box';
import Link from '@cloudscape-design/components/link';
import { useT } from '../../i18n';
import { lessonById } from '../../lessons';
import { useLake } from '../../store';
import { href } from '../../store/router';
import { LessonPanel } from './LessonPanel';
import { useLessonLanguage } from './useLessonLanguage';

/**
 * The step panel of the lesson in progress, for the shell to show beside any page (a split or tools
 * panel), so checks tick while the student works in the S3 or IAM console.
 */
export default function ActiveLessonPanel() {
  const lessonId = useLake((s) => s.activeLessonId);
  const localize = useLessonLanguage();
  const { t } = useT();
  const english = lessonId ? lessonById(lessonId) : undefined;
  const lesson = english && localize.lesson(english);
  if (!lesson)
    return (
      <Box color="text-body-secondary">
        {t('lessons.noLesson')} <Link href={href('/lessons')}>{t('lessons.openCourse')}</Link>
      </Box>
    );
  return (
    <>
      <Box variant="h3">
        <Link href={href(`/lessons/${lesson.id}`)}>{lesson.title}</Link>
      </Box>
      <LessonPanel lesson={lesson} />
    </>
  );
}
