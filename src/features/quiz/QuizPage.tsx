import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { useT } from '../../i18n';
import { QUIZZES, quizOfModule, scoreQuiz, type Quiz, type QuizAnswers } from '../../quizzes';
import { localizeQuiz } from '../../quizzes/translation';
import { href, useRoute } from '../../store/router';
import { QuestionCard } from './QuestionCard';
import { loadQuizScore, saveQuizScore } from './quizStorage';

/** `/quiz` lists the module quizzes; `/quiz/<module>` runs one, in the session language. */
export default function QuizPage() {
  const { segments } = useRoute();
  const { t, language } = useT();
  if (!segments[1]) return <QuizList />;
  const quiz = quizOfModule(Number(segments[1]));
  if (!quiz)
    return (
      <Alert type="error" header={t('quiz.notFound')}>
        {t('quiz.notFoundBody', { module: segments[1] })}{' '}
        <Link href={href('/quiz')}>{t('quiz.seeAll')}</Link>
      </Alert>
    );
  return <QuizRunner key={quiz.module} quiz={localizeQuiz(quiz, language)} />;
}

function QuizList() {
  const { t, language } = useT();
  return (
    <ContentLayout header={<Header variant="h1">{t('quiz.listTitle')}</Header>}>
      <SpaceBetween size="s">
        {QUIZZES.map((english) => {
          const q = localizeQuiz(english, language);
          const last = loadQuizScore(q.module);
          return (
            <Box key={q.module}>
              <Link href={href(`/quiz/${q.module}`)}>
                {t('quiz.listItem', { module: q.module, title: q.title })}
              </Link>
              {last && t('quiz.lastScore', { correct: last.correct, total: last.total })}
            </Box>
          );
        })}
      </SpaceBetween>
    </ContentLayout>
  );
}

function QuizRunner({ quiz }: { quiz: Quiz }) {
  const { t } = useT();
  const [answers, setAnswers] = useState<QuizAnswers>({});
  const [isSubmitted, setSubmitted] = useState(false);
  const score = scoreQuiz(quiz, answers);
  const submit = () => {
    setSubmitted(true);
    saveQuizScore(quiz.module, score);
  };
  return (
    <ContentLayout
      header={
        <Header
          variant="h1"
          description={t('quiz.description', {
            module: quiz.module,
            count: quiz.questions.length,
          })}
        >
          {quiz.title}
        </Header>
      }
    >
      <SpaceBetween size="l">
        {quiz.questions.map((q, i) => (
          <QuestionCard
            key={q.id}
            index={i}
            question={q}
            picked={answers[q.id] ?? []}
            isRevealed={isSubmitted}
            onChange={(picked) => setAnswers((a) => ({ ...a, [q.id]: picked }))}
          />
        ))}
        {isSubmitted ? (
          <Alert
            type={score.correct === score.total ? 'success' : 'info'}
            header={t('quiz.score', { correct: score.correct, total: score.total })}
            action={
              <Button
                onClick={() => {
                  setAnswers({});
                  setSubmitted(false);
                }}
              >
                {t('quiz.tryAgain')}
              </Button>
            }
          >
            {t('quiz.scoreNote')}
          </Alert>
        ) : (
          <Button variant="primary" onClick={submit}>
            {t('quiz.check')}
          </Button>
        )}
      </SpaceBetween>
    </ContentLayout>
  );
}
