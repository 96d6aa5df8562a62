import type { Crawler, CreateCrawlerRequest } from '@aws-sdk/client-glue';
import type { LakeState } from '../../store';

/** The store's `call`: an AWS operation as the signed-in principal. */
export type Call = LakeState['call'];

export async function listCrawlers(call: Call): Promise<Crawler[]> {
  const crawlers: Crawler[] = [];
  let token: string | undefined;
  do {
    const page = await call<{ Crawlers?: Crawler[]; NextToken?: string }>('glue', 'GetCrawlers', {
      ...(token ? { NextToken: token } : {}),
    });
    crawlers.push(...(page.Crawlers ?? []));
    token = page.NextToken;
  } while (token);
  return crawlers;
}

export async function listDatabaseNames(call: Call): Promise<string[]> {
  const { DatabaseList = [] } = await call<{ DatabaseList?: { Name?: string }[] }>(
    'glue',
    'GetDatabases',
    {},
  );
  return DatabaseList.map((d) => d.Name ?? '');
}

export const startCrawler = (call: Call, name: string) =>
  call('glue', 'StartCrawler', { Name: name });
export const stopCrawler = (call: Call, name: string) =>
  call('glue', 'StopCrawler', { Name: name });
export const deleteCrawler = (call: Call, name: string) =>
  call('glue', 'DeleteCrawler', { Name: name });
export const createCrawler = (call: Call, input: CreateCrawlerRequest) =>
  call('glue', 'CreateCrawler', input, { quiet: true });

/** The trust policy that lets Glue assume a role (IAM roles for AWS Glue). */
export const GLUE_TRUST_POLICY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Principal: { Service: 'glue.amazonaws.com' }, Action: 'sts:AssumeRole' },
  ],
});

/** `s3://bucket/prefix/` → the bucket ARN and the ARN of the objects below the prefix. */
function s3Resources(path: string): string[] {
  const [bucket = '', ...rest] = path.replace(/^s3:\/\//, '').split('/');
  const prefix = rest.join('/');
  return [`arn:aws:s3:::${bucket}`, `arn:aws:s3:::${bucket}/${prefix}*`];
}

/**
 * "Create an IAM role": the console's AWSGlueServiceRole-<name> role that Glue may assume, with the
 * AWSGlueServiceRole managed policy and an inline policy to read the crawler's S3 paths.
 */
export async function createGlueRole(call: Call, suffix: string, paths: string[]): Promise<string> {
  const RoleName = `AWSGlueServiceRole-${suffix}`;
  await call('iam', 'CreateRole', { RoleName, AssumeRolePolicyDocument: GLUE_TRUST_POLICY });
  await call('iam', 'AttachRolePolicy', {
    RoleName,
    PolicyArn: 'arn:aws:iam::aws:policy/service-role/AWSGlueServiceRole',
  });
  await call('iam', 'PutRolePolicy', {
    RoleName,
    PolicyName: 'read-crawler-paths',
    PolicyDocument: JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: ['s3:GetObject', 's3:ListBucket'],
          Resource: paths.flatMap(s3Resources),
        },
      ],
    }),
  });
  return RoleName;
}
