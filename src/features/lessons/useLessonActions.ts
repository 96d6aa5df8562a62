import {
  createLessonEngine,
  engineDriver,
  applySetup,
  runOperations,
  type LabDriver,
  type Lesson,
  type Op,
} from '../../lessons';
import { useT } from '../../i18n';
import { useLakeStore } from '../../store';

/** Runs lesson operations through the store, so the console's notifications and clock see them. */
export function useLessonActions(lesson: Lesson) {
  const store = useLakeStore();
  const { t } = useT();
  const driver: LabDriver = {
    call: (service, operation, input, principal) =>
      principal
        ? store.getState().engine.call(service, operation, input, { principal })
        : store.getState().call(service, operation, input, { quiet: true }),
    advance: (ms) => store.getState().jumpAhead(ms),
    settled: () => store.getState().engine.settled(),
  };
  const report = (header: string) => (error: unknown) => {
    store.getState().notify({
      type: 'error',
      header,
      content: error instanceof Error ? error.message : String(error),
    });
  };
  const stepIds = lesson.steps.map((s) => s.id);

  /** A fresh lab with the set-up and the Show me of every step before `fromStep`; false if it failed. */
  async function restartLab(fromStep: number): Promise<boolean> {
    try {
      const engine = await createLessonEngine(lesson);
      for (const step of lesson.steps.slice(0, fromStep))
        await runOperations(engineDriver(engine), step.showMe);
      store.getState().replaceEngine(engine);
      store.getState().resetLessonProgress(lesson.id, stepIds, fromStep);
      for (const id of stepIds.slice(0, fromStep)) store.getState().completeStep(lesson.id, id);
      store.getState().setActiveLesson(lesson.id);
      return true;
    } catch (error) {
      report(t('lessons.setupFailed', { title: lesson.title }))(error);
      return false;
    }
  }

  return {
    startFresh: () => restartLab(0),
    restartFrom: (step: number) => restartLab(step),
    async startOnCurrentLab(): Promise<void> {
      try {
        await applySetup(driver, lesson);
      } catch (error) {
        report(t('lessons.setupPartial', { title: lesson.title }))(error);
      }
      store.getState().resetLessonProgress(lesson.id, stepIds, 0);
      store.getState().setActiveLesson(lesson.id);
    },
    async doItForMe(ops: readonly Op[]): Promise<void> {
      try {
        await runOperations(driver, ops);
      } catch (error) {
        report(t('lessons.showMeFailed'))(error);
      }
    },
  };
}
