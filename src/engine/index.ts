import { Engine, type EngineOptions } from './engine';
import { iamService } from './iam';
import { s3Service } from './s3';

export { Engine } from './engine';
export type { EngineClock, EngineOptions } from './engine';
export { AwsError, isAwsError } from './core/errors';
export type { World } from './world';

/** The services every lab has. */
export const SERVICES = [s3Service, iamService];

/** Creates a simulated AWS world: same seed, operations and clock give the same world. */
export function createEngine(options: Omit<EngineOptions, 'services'> = {}): Engine {
  return new Engine({ ...options, services: SERVICES });
}
