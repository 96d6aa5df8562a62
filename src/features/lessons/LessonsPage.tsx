import Alert from '@cloudscape-design/components/alert';
import Link from '@cloudscape-design/components/link';
import { useT } from '../../i18n';
import { lessonById } from '../../lessons';
import { href, useRoute } from '../../store/router';
import { CourseOverview } from './CourseOverview';
import { LessonView } from './LessonView';
import { useLessonLanguage } from './useLessonLanguage';

/** The course: `/lessons` is the overview, `/lessons/<id>` a lesson. */
export default function LessonsPage() {
  const { segments, query } = useRoute();
  const localize = useLessonLanguage();
  const { t } = useT();
  const id = segments[1];
  if (!id) return <CourseOverview />;
  const english = lessonById(id);
  const lesson = english && localize.lesson(english);
  if (!lesson)
    return (
      <Alert type="error" header={t('lessons.notFound')}>
        {t('lessons.notFoundBody', { id })}{' '}
        <Link href={href('/lessons')}>{t('lessons.backToCourse')}</Link>
      </Alert>
    );
  // A shared link may name a step: `#/lessons/<id>?step=<stepId>`.
  const linked = lesson.steps.findIndex((s) => s.id === query.get('step'));
  return (
    <LessonView key={lesson.id} lesson={lesson} linkedStep={linked > 0 ? linked : undefined} />
  );
}
