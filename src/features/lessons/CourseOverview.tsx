import Box from '@cloudscape-design/components/box';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import ProgressBar from '@cloudscape-design/components/progress-bar';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useT } from '../../i18n';
import { COURSE_MODULES, lessonsOfModule } from '../../lessons';
import { quizOfModule } from '../../quizzes';
import { useLake } from '../../store';
import { href } from '../../store/router';
import { completedCount } from './lessonProgress';
import { useLessonLanguage } from './useLessonLanguage';

/** The course, module by module, with each lesson's progress. */
export function CourseOverview() {
  const progress = useLake((s) => s.progress);
  const localize = useLessonLanguage();
  const { t } = useT();
  return (
    <ContentLayout
      header={
        <Header variant="h1" description={t('lessons.description')}>
          {t('page.course')}
        </Header>
      }
    >
      <SpaceBetween size="l">
        {COURSE_MODULES.map(localize.module).map((module) => {
          const lessons = lessonsOfModule(module.number).map(localize.lesson);
          return (
            <Container
              key={module.number}
              header={
                <Header variant="h2">
                  {t('lessons.moduleHeading', { number: module.number, title: module.title })}
                </Header>
              }
            >
              {lessons.length === 0 ? (
                <Box color="text-body-secondary">
                  {t('lessons.arriveWith', { what: module.comingWith })}
                </Box>
              ) : (
                <SpaceBetween size="m">
                  {lessons.map((lesson) => {
                    const done = completedCount(lesson, progress[lesson.id]);
                    return (
                      <SpaceBetween key={lesson.id} size="xxs">
                        <Link href={href(`/lessons/${lesson.id}`)} fontSize="heading-s">
                          {lesson.title}
                        </Link>
                        <Box color="text-body-secondary">{lesson.summary}</Box>
                        <ProgressBar
                          value={Math.round((100 * done) / lesson.steps.length)}
                          ariaLabel={t('lessons.progressLabel', { title: lesson.title })}
                          additionalInfo={t('lessons.stepsComplete', {
                            done,
                            total: lesson.steps.length,
                          })}
                        />
                      </SpaceBetween>
                    );
                  })}
                  {quizOfModule(module.number) && (
                    <Link href={href(`/quiz/${module.number}`)}>
                      {t('lessons.takeQuiz', { number: module.number })}
                    </Link>
                  )}
                </SpaceBetween>
              )}
            </Container>
          );
        })}
      </SpaceBetween>
    </ContentLayout>
  );
}
