import { describe, expect, it } from 'vitest';
import { createEngine } from '../index';
import { matchKebab } from './names';
import { parseCliLine } from './parseCliLine';
import { toCliCommand } from './toCliCommand';

const roundTrip = (
  service: string,
  operation: string,
  input: Record<string, unknown>,
  multiline = false,
) => {
  const command = parseCliLine(toCliCommand(service, operation, input, { multiline }));
  if (command.kind !== 'api') throw new Error(`expected an api command, got ${command.kind}`);
  return command;
};

describe('toCliCommand', () => {
  it('writes the s3api line for CreateBucket', () => {
    expect(toCliCommand('s3', 'CreateBucket', { Bucket: 'raw-zone' })).toBe(
      'aws s3api create-bucket --bucket raw-zone',
    );
  });
  it('quotes values with spaces and writes structures as single-quoted JSON', () => {
    expect(
      toCliCommand('glue', 'CreateDatabase', {
        DatabaseInput: { Name: 'sales', Description: "Bob's data" },
      }),
    ).toBe(
      `aws glue create-database --database-input '{"Name":"sales","Description":"Bob'\\''s data"}'`,
    );
  });
  it('writes booleans as flags and numbers bare', () => {
    expect(
      toCliCommand('s3', 'ListObjectsV2', { Bucket: 'b', MaxKeys: 5, FetchOwner: false }),
    ).toBe('aws s3api list-objects-v2 --bucket b --max-keys 5 --no-fetch-owner');
  });
  it("adds get-object's outfile from the key", () => {
    expect(toCliCommand('s3', 'GetObject', { Bucket: 'b', Key: 'sales/orders.csv' })).toBe(
      'aws s3api get-object --bucket b --key sales/orders.csv orders.csv',
    );
  });
  it.each([
    [
      's3',
      'CreateBucket',
      { Bucket: 'raw-zone', CreateBucketConfiguration: { LocationConstraint: 'eu-west-1' } },
    ],
    [
      's3',
      'ListObjectsV2',
      { Bucket: 'b', Prefix: 'sales/2025 q1/', MaxKeys: 10, FetchOwner: true },
    ],
    ['s3', 'GetObject', { Bucket: 'b', Key: "it's here.csv" }],
    [
      'iam',
      'CreatePolicy',
      {
        PolicyName: 'p',
        PolicyDocument:
          '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}',
      },
    ],
    [
      'iam',
      'CreateRole',
      {
        RoleName: 'glue-role',
        AssumeRolePolicyDocument: '{}',
        Tags: [{ Key: 'team', Value: 'a,b' }],
      },
    ],
    [
      'iam',
      'AttachRolePolicy',
      {
        RoleName: 'glue-role',
        PolicyArn: 'arn:aws:iam::aws:policy/service-role/AWSGlueServiceRole',
      },
    ],
    [
      'glue',
      'CreateDatabase',
      { DatabaseInput: { Name: 'sales', Parameters: { classification: 'csv' } } },
    ],
    [
      'glue',
      'BatchDeleteTable',
      { DatabaseName: 'sales', TablesToDelete: ['orders', 'customers'] },
    ],
    ['sts', 'GetCallerIdentity', {}],
  ])('round-trips %s %s through parseCliLine to the same input', (service, operation, input) => {
    expect(roundTrip(service, operation, input).input).toEqual(input);
    expect(roundTrip(service, operation, input, true).input).toEqual(input);
  });
});

describe('command names for every simulated operation', () => {
  const engine = createEngine();
  it.each(engine.serviceNames())(
    'every %s operation is reachable by its kebab-case command',
    (service) => {
      for (const operation of engine.operationNames(service)) {
        const [, cliService = '', command = ''] = toCliCommand(service, operation, {}).split(' ');
        expect(parseCliLine(`aws ${cliService} ${command} help`, engine)).toEqual({
          kind: 'help',
          service: cliService,
          command,
        });
        expect(matchKebab(command, engine.operationNames(service))).toBe(operation);
      }
    },
  );
});
