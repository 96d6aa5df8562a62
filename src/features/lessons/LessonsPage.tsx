import Alert from '@cloudscape-design/components/alert';
import Link from '@cloudscape-design/components/link';
import { lessonById } from '../../lessons';
import { href, useRoute } from '../../store/router';
import { CourseOverview } from './CourseOverview';
import { LessonView } from './LessonView';
import { useLessonLanguage } from './useLessonLanguage';

/** The course: `/lessons` is the overview, `/lessons/<id>` a lesson. */
export default function LessonsPage() {
  const { segments, query } = useRoute();
  const localize = useLessonLanguage();
  const id = segments[1];
  if (!id) return <CourseOverview />;
  const english = lessonById(id);
  const lesson = english && localize.lesson(english);
  if (!lesson)
    return (
      <Alert type="error" header="No such lesson">
        There is no lesson &quot;{id}&quot;. <Link href={href('/lessons')}>Back to the course</Link>
      </Alert>
    );
  // A shared link may name a step: `#/lessons/<id>?step=<stepId>`.
  const linked = lesson.steps.findIndex((s) => s.id === query.get('step'));
  return (
    <LessonView key={lesson.id} lesson={lesson} linkedStep={linked > 0 ? linked : undefined} />
  );
}
