import { useEffect, useState } from 'react';
import { compareStepWithGoal, type GoalComparison, type Lesson } from '../../lessons';
import { useLake } from '../../store';

const DEBOUNCE_MS = 250;

/** "Goal vs now" for a step, compared again (debounced) whenever the lab's world changes. */
export function useGoalComparison(lesson: Lesson, index: number): GoalComparison | undefined {
  const engine = useLake((s) => s.engine);
  const version = useLake((s) => s.version);
  const [result, setResult] = useState<
    { key: string; value: GoalComparison } | { key: string; error: unknown }
  >();
  const key = `${lesson.id}/${index}`;
  useEffect(() => {
    let isCurrent = true;
    const timer = setTimeout(() => {
      void compareStepWithGoal(engine, lesson, index).then(
        (value) => {
          if (isCurrent) setResult({ key, value });
        },
        (error: unknown) => {
          if (isCurrent) setResult({ key, error });
        },
      );
    }, DEBOUNCE_MS);
    return () => {
      isCurrent = false;
      clearTimeout(timer);
    };
  }, [engine, version, lesson, index, key]);
  if (result?.key !== key) return undefined;
  // A bug, not an AWS answer (those become differences): the feature's error boundary shows it.
  if ('error' in result) throw result.error;
  return result.value;
}
