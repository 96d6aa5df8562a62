import { isAwsError } from '../../engine';
import { checkIdentityPolicy } from '../../engine/iam/policyDocuments';

/** A starting point students can edit: read-only access to one bucket. */
export const EXAMPLE_POLICY = JSON.stringify(
  {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Action: ['s3:GetObject', 's3:ListBucket'],
        Resource: ['arn:aws:s3:::my-bucket', 'arn:aws:s3:::my-bucket/*'],
      },
    ],
  },
  null,
  2,
);

/** The error IAM would give this identity policy (MalformedPolicyDocument), or undefined. */
export function identityPolicyError(text: string): string | undefined {
  try {
    JSON.parse(text);
  } catch (error) {
    return `This is not valid JSON: ${(error as Error).message}`;
  }
  try {
    checkIdentityPolicy(text);
    return undefined;
  } catch (error) {
    if (isAwsError(error)) return `${error.name}: ${error.message}`;
    throw error;
  }
}

/** Pretty-prints a stored policy document for reading. */
export function prettyPolicy(document: string): string {
  try {
    return JSON.stringify(JSON.parse(document), null, 2);
  } catch {
    return document;
  }
}

/** A trust policy letting one AWS service assume the role (what the console's "AWS service" choice writes). */
export function serviceTrustPolicy(service: string): string {
  return JSON.stringify(
    {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { Service: service }, Action: 'sts:AssumeRole' }],
    },
    null,
    2,
  );
}

export const TRUSTED_SERVICES = [
  { value: 'glue.amazonaws.com', label: 'AWS Glue' },
  { value: 'lakeformation.amazonaws.com', label: 'AWS Lake Formation' },
  { value: 'firehose.amazonaws.com', label: 'Amazon Data Firehose' },
  { value: 'athena.amazonaws.com', label: 'Amazon Athena' },
  { value: 'dms.amazonaws.com', label: 'AWS DMS' },
  { value: 'lambda.amazonaws.com', label: 'AWS Lambda' },
  { value: 'ec2.amazonaws.com', label: 'Amazon EC2' },
];
