import { Engine, type EngineOptions } from './engine';
import { appFlowService } from './appflow';
import { athenaService } from './athena';
import { dataSyncService } from './datasync';
import { dmsService } from './dms';
import { firehoseService } from './firehose';
import { kafkaService } from './kafka';
import { kinesisService } from './kinesis';
import { lakeFormationService } from './lakeformation';
import { transferService } from './transfer';
import { storageGatewayService } from './storagegateway';
import { glueService } from './glue';
import { sourcesService } from './sources/service';
import { iamService } from './iam';
import { s3Service } from './s3';
import { stsService } from './sts';

export { Engine } from './engine';
export type { EngineClock, EngineOptions } from './engine';
export { AwsError, isAwsError } from './core/errors';
export type { World } from './world';

/** The services every lab has. */
export const SERVICES = [
  s3Service,
  iamService,
  stsService,
  glueService,
  lakeFormationService,
  athenaService,
  kinesisService,
  firehoseService,
  dmsService,
  dataSyncService,
  transferService,
  appFlowService,
  storageGatewayService,
  kafkaService,
  sourcesService,
];

/** Creates a simulated AWS world: same seed, operations and clock give the same world. */
export function createEngine(options: Omit<EngineOptions, 'services'> = {}): Engine {
  return new Engine({ ...options, services: SERVICES });
}
