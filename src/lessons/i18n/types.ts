/**
 * A lesson's text in another language. Ids, operations, checks and "Show me" stay in the lesson
 * itself; a translation carries only what a student reads. Inline `code` (commands, AWS names,
 * paths, SQL) is kept exactly as in English.
 */
export interface StepTranslation {
  title: string;
  instructions: string;
  /** One per English hint, same order. */
  hints: string[];
  explanation: string;
  /** The title of the step's "Goal vs now" view, when the English step has a goal. */
  goalTitle?: string;
}

export interface LessonTranslation {
  title: string;
  summary: string;
  /** One per English objective, same order. */
  objectives: string[];
  /** Keyed by step id; every step of the lesson. */
  steps: Record<string, StepTranslation>;
}

/** A course module's heading in another language. */
export interface ModuleTranslation {
  title: string;
  /** Completes "Lessons arrive with …" while the module has no lessons. */
  comingWith: string;
}
