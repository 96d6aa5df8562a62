import Alert from '@cloudscape-design/components/alert';
import Checkbox from '@cloudscape-design/components/checkbox';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import RadioGroup from '@cloudscape-design/components/radio-group';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useT } from '../../i18n';
import { lessonById } from '../../lessons';
import { localizeLesson } from '../../lessons/i18n/localize';
import { isAnswerCorrect, type Question } from '../../quizzes';
import { href } from '../../store/router';

interface Props {
  index: number;
  question: Question;
  picked: string[];
  onChange: (picked: string[]) => void;
  /** After submitting: the answer is marked and explained. */
  isRevealed: boolean;
}

/** One question: radio buttons or checkboxes, then its explanation and the step that teaches it. */
export function QuestionCard({ index, question, picked, onChange, isRevealed }: Props) {
  const { t } = useT();
  const label = `${index + 1}. ${question.prompt}`;
  return (
    <Container header={<Header variant="h2">{label}</Header>}>
      <SpaceBetween size="m">
        <FormField label={question.kind === 'single' ? t('quiz.chooseOne') : t('quiz.chooseAll')}>
          {question.kind === 'single' ? (
            <RadioGroup
              ariaLabel={question.prompt}
              value={picked[0] ?? null}
              items={question.choices.map((c) => ({
                value: c.id,
                label: c.text,
                disabled: isRevealed,
              }))}
              onChange={({ detail }) => onChange([detail.value])}
            />
          ) : (
            <SpaceBetween size="xs">
              {question.choices.map((c) => (
                <Checkbox
                  key={c.id}
                  checked={picked.includes(c.id)}
                  disabled={isRevealed}
                  onChange={({ detail }) =>
                    onChange(
                      detail.checked ? [...picked, c.id] : picked.filter((id) => id !== c.id),
                    )
                  }
                >
                  {c.text}
                </Checkbox>
              ))}
            </SpaceBetween>
          )}
        </FormField>
        {isRevealed && <Explanation question={question} picked={picked} />}
      </SpaceBetween>
    </Container>
  );
}

function Explanation({ question, picked }: { question: Question; picked: string[] }) {
  const { t, language } = useT();
  const isRight = isAnswerCorrect(question, picked);
  const english = lessonById(question.teachesIn.lesson);
  const lesson = english && localizeLesson(english, language);
  const step = lesson?.steps.find((s) => s.id === question.teachesIn.step);
  const answer = question.choices
    .filter((c) => question.correct.includes(c.id))
    .map((c) => c.text)
    .join(t('quiz.answerSeparator'));
  return (
    <Alert
      type={isRight ? 'success' : 'error'}
      header={isRight ? t('quiz.correct') : t('quiz.answer', { answer })}
    >
      <SpaceBetween size="xs">
        <span>{question.explanation}</span>
        {lesson && step && (
          <Link href={href(`/lessons/${lesson.id}`, { step: step.id })}>
            {t('quiz.learnIt', { lesson: lesson.title, step: step.title })}
          </Link>
        )}
      </SpaceBetween>
    </Alert>
  );
}
