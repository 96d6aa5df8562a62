import { createEngine, type Engine } from '../engine';
import { loadSampleData } from '../engine/data';
import { engineDriver, runOperations, type LabDriver } from './operations';
import type { Lesson } from './schema';

/** Applies a lesson's set-up operations (and its sample data when the scenario asks) to a lab. */
export async function applySetup(driver: LabDriver, lesson: Lesson): Promise<void> {
  if (lesson.setup.scenario === 'sample-data')
    await loadSampleData((s, o, i) => driver.call(s, o, i));
  await runOperations(driver, lesson.setup.operations);
}

/** A fresh lab with the lesson's start state. */
export async function createLessonEngine(
  lesson: Lesson,
  options: { seed?: number } = {},
): Promise<Engine> {
  const engine = createEngine({ seed: options.seed ?? 1 });
  await applySetup(engineDriver(engine), lesson);
  return engine;
}
