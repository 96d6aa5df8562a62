import { parseDuration } from '../core/clock';
import { Engine } from '../engine';
import { iamService } from '../iam';
import { s3Service } from '../s3';
import { stsService } from '../sts';
import { appFlowService } from '../appflow';
import { transferService } from '../transfer';
import { dataSyncService } from './index';

/**
 * A lake with only the services ingestion needs (S3, IAM, STS, DataSync, Transfer, AppFlow), so
 * these tests do not depend on unrelated services; it reads like TestLake.
 */
export class TestLake {
  readonly engine: Engine;

  constructor(
    engine?: Engine,
    private readonly principal?: string,
  ) {
    this.engine =
      engine ??
      new Engine({
        services: [
          s3Service,
          iamService,
          stsService,
          dataSyncService,
          transferService,
          appFlowService,
        ],
      });
  }

  as(principal: string): TestLake {
    return new TestLake(this.engine, principal);
  }

  call<O = Record<string, unknown>>(
    service: string,
    operation: string,
    input: unknown = {},
  ): Promise<O> {
    return this.engine.call<O>(
      service,
      operation,
      input,
      this.principal ? { principal: this.principal } : {},
    );
  }

  async errorOf(
    service: string,
    operation: string,
    input: unknown = {},
  ): Promise<{ name: string; message: string }> {
    try {
      await this.call(service, operation, input);
    } catch (error) {
      return error as { name: string; message: string };
    }
    throw new Error(`${service}:${operation} succeeded, but the test expected it to fail`);
  }

  async advance(duration: string | number): Promise<this> {
    await this.engine.clock.advance(parseDuration(duration));
    return this;
  }
}

/** A role that `service` (e.g. datasync.amazonaws.com) may assume, with an AWS managed S3 policy. */
export async function serviceRole(
  lake: TestLake,
  name: string,
  service: string,
  access: 'AmazonS3FullAccess' | 'AmazonS3ReadOnlyAccess',
): Promise<string> {
  const trust = {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { Service: service }, Action: 'sts:AssumeRole' }],
  };
  await lake.call('iam', 'CreateRole', {
    RoleName: name,
    AssumeRolePolicyDocument: JSON.stringify(trust),
  });
  await lake.call('iam', 'AttachRolePolicy', {
    RoleName: name,
    PolicyArn: `arn:aws:iam::aws:policy/${access}`,
  });
  return `arn:aws:iam::111122223333:role/${name}`;
}

/** Every key in a bucket under a prefix. */
export function keysUnder(lake: TestLake, bucket: string, prefix = ''): string[] {
  return Object.keys(lake.engine.world.s3.buckets[bucket]?.objects ?? {})
    .filter((k) => k.startsWith(prefix))
    .sort();
}
