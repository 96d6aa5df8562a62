import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { QUIZZES, quizOfModule, scoreQuiz, type Quiz, type QuizAnswers } from '../../quizzes';
import { href, useRoute } from '../../store/router';
import { QuestionCard } from './QuestionCard';
import { loadQuizScore, saveQuizScore } from './quizStorage';

/** `/quiz` lists the module quizzes; `/quiz/<module>` runs one. */
export default function QuizPage() {
  const { segments } = useRoute();
  if (!segments[1]) return <QuizList />;
  const quiz = quizOfModule(Number(segments[1]));
  if (!quiz)
    return (
      <Alert type="error" header="No such quiz">
        There is no quiz for module &quot;{segments[1]}&quot;.{' '}
        <Link href={href('/quiz')}>See the quizzes</Link>
      </Alert>
    );
  return <QuizRunner key={quiz.module} quiz={quiz} />;
}

function QuizList() {
  return (
    <ContentLayout header={<Header variant="h1">Module quizzes</Header>}>
      <SpaceBetween size="s">
        {QUIZZES.map((q) => {
          const last = loadQuizScore(q.module);
          return (
            <Box key={q.module}>
              <Link href={href(`/quiz/${q.module}`)}>{`Module ${q.module}: ${q.title}`}</Link>
              {last && ` — last score ${last.correct}/${last.total}`}
            </Box>
          );
        })}
      </SpaceBetween>
    </ContentLayout>
  );
}

function QuizRunner({ quiz }: { quiz: Quiz }) {
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
          description={`Module ${quiz.module} · ${quiz.questions.length} questions`}
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
            header={`Your score: ${score.correct} of ${score.total}`}
            action={
              <Button
                onClick={() => {
                  setAnswers({});
                  setSubmitted(false);
                }}
              >
                Try again
              </Button>
            }
          >
            Each answer is explained above, with a link to the lesson step that teaches it.
          </Alert>
        ) : (
          <Button variant="primary" onClick={submit}>
            Check my answers
          </Button>
        )}
      </SpaceBetween>
    </ContentLayout>
  );
}
