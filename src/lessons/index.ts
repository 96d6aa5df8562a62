import { athenaCsvVsParquet } from './content/athenaCsvVsParquet';
import { athenaCtasPartitioned } from './content/athenaCtasPartitioned';
import { athenaFederated } from './content/athenaFederated';
import { athenaFirstQuery } from './content/athenaFirstQuery';
import { athenaPartitionPruning } from './content/athenaPartitionPruning';
import { cleanAndJoin } from './content/cleanAndJoin';
import { crawlRawZone } from './content/crawlRawZone';
import { ingestDatabase } from './content/ingestDatabase';
import { ingestFiles } from './content/ingestFiles';
import { ingestSaas } from './content/ingestSaas';
import { ingestStreaming } from './content/ingestStreaming';
import { customClassifier } from './content/customClassifier';
import { dataMesh } from './content/dataMesh';
import { dataMovement } from './content/dataMovement';
import { formatsAndCompression } from './content/formatsAndCompression';
import { labTour } from './content/labTour';
import { lfTagsAndFilters } from './content/lfTagsAndFilters';
import { lfThreeStages } from './content/lfThreeStages';
import { partitionedData } from './content/partitionedData';
import { schemaChanges } from './content/schemaChanges';
import { securingStorage } from './content/securingStorage';
import { storageClasses } from './content/storageClasses';
import { transformRawToCurated } from './content/transformRawToCurated';
import { zonesAndPrefixes } from './content/zonesAndPrefixes';
import type { Lesson, ModuleNumber } from './schema';
import { validateLesson } from './validate';

export type { Check, Expectation, Goal, GoalShow, Lesson, ModuleNumber, Op, Step } from './schema';
export { MODULE_NUMBERS } from './schema';
export { LessonValidationError, validateLesson } from './validate';
export {
  evaluateCheck,
  MISSING_RESOURCE_CODES,
  type CheckResult,
  type CheckStatus,
} from './evaluate';
export {
  describeOperation,
  engineDriver,
  runOperation,
  runOperations,
  LAB_SERVICE,
  type LabDriver,
} from './operations';
export { applySetup, createLessonEngine } from './setup';
export { compareStepWithGoal, type GoalComparison, type GoalSection } from './goalComparison';
export type { GoalItem } from './goalExpectation';
export type { GoalMark, GoalRow, GoalTable } from './goalTable';

export interface CourseModule {
  number: ModuleNumber;
  title: string;
  /** Shown while the module has no lessons. */
  comingWith: string;
}

export const COURSE_MODULES: CourseModule[] = [
  { number: 1, title: 'Introduction to data lakes', comingWith: 'the lab tour' },
  {
    number: 2,
    title: 'Data ingestion, cataloging and preparation',
    comingWith: 'Amazon S3 and AWS Glue',
  },
  { number: 3, title: 'AWS Lake Formation', comingWith: 'the AWS Lake Formation console' },
  { number: 4, title: 'Processing data', comingWith: 'AWS Glue ETL jobs, triggers and workflows' },
  {
    number: 5,
    title: 'Lake Formation additional configurations',
    comingWith: 'Lake Formation tag-based access control',
  },
  {
    number: 6,
    title: 'Modern data architecture',
    comingWith: 'Amazon QuickSight and cross-account sharing',
  },
];

/** The raw lesson data, in course order; validated below. */
export const LESSON_DATA: unknown[] = [
  labTour,
  zonesAndPrefixes,
  storageClasses,
  securingStorage,
  formatsAndCompression,
  crawlRawZone,
  partitionedData,
  schemaChanges,
  customClassifier,
  athenaFirstQuery,
  athenaCsvVsParquet,
  athenaPartitionPruning,
  athenaCtasPartitioned,
  athenaFederated,
  ingestDatabase,
  ingestFiles,
  ingestStreaming,
  ingestSaas,
  lfThreeStages,
  transformRawToCurated,
  cleanAndJoin,
  lfTagsAndFilters,
  dataMovement,
  dataMesh,
];

/** Every lesson, validated (a malformed lesson throws a LessonValidationError naming the problem). */
export const LESSONS: Lesson[] = LESSON_DATA.map(validateLesson);

export function lessonById(id: string): Lesson | undefined {
  return LESSONS.find((l) => l.id === id);
}

export function lessonsOfModule(module: ModuleNumber): Lesson[] {
  return LESSONS.filter((l) => l.module === module);
}
