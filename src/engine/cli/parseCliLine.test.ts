import { describe, expect, it } from 'vitest';
import { CliUsageError } from './errors';
import { fromKebab, toKebab } from './names';
import { parseCliLine } from './parseCliLine';
import { tokenize } from './tokenize';

const apiOf = (line: string) => {
  const command = parseCliLine(line);
  if (command.kind !== 'api') throw new Error(`expected an api command, got ${command.kind}`);
  return command;
};

const usageErrorOf = (line: string): CliUsageError => {
  try {
    parseCliLine(line);
  } catch (error) {
    if (error instanceof CliUsageError) return error;
    throw error;
  }
  throw new Error(`"${line}" parsed without error`);
};

describe('tokenize', () => {
  it('keeps single-quoted text verbatim, including double quotes and backslashes', () => {
    expect(tokenize(`aws x --doc '{"a": "b\\c"}'`)).toEqual(['aws', 'x', '--doc', '{"a": "b\\c"}']);
  });
  it('unescapes \\" inside double quotes and joins adjacent quoted parts into one word', () => {
    expect(tokenize(`echo "say \\"hi\\""'!' a\\ b`)).toEqual(['echo', 'say "hi"!', 'a b']);
  });
  it('drops a # comment that starts a word, but keeps # inside a word', () => {
    expect(tokenize('aws s3 ls s3://b/a#b # list it')).toEqual(['aws', 's3', 'ls', 's3://b/a#b']);
  });
  it('treats backslash-newline as a line continuation', () => {
    expect(tokenize('aws s3api create-bucket \\\n    --bucket raw')).toEqual([
      'aws',
      's3api',
      'create-bucket',
      '--bucket',
      'raw',
    ]);
  });
  it('reports an unclosed quote as the shell does', () => {
    expect(() => tokenize(`aws s3 ls 's3://b`)).toThrow('No closing quotation');
  });
});

describe('kebab-case names', () => {
  it.each([
    ['ListObjectsV2', 'list-objects-v2'],
    ['GetCallerIdentity', 'get-caller-identity'],
    ['SSEKMSKeyId', 'ssekms-key-id'],
    ['MaxKeys', 'max-keys'],
    ['CreateBucketConfiguration', 'create-bucket-configuration'],
    ['ListRoleARNs', 'list-role-arns'],
  ])('%s ↔ %s', (pascal, kebab) => {
    expect(toKebab(pascal)).toBe(kebab);
  });
  it('maps irregular option names to their members', () => {
    expect(fromKebab('sse-kms-key-id')).toBe('SSEKMSKeyId');
    expect(fromKebab('max-keys')).toBe('MaxKeys');
    expect(fromKebab('role-name')).toBe('RoleName');
  });
  it('accepts --sse-kms-key-id for put-object, the high-level spelling of --ssekms-key-id', () => {
    expect(
      apiOf('aws s3api put-object --bucket b --key k --sse-kms-key-id alias/lake').input,
    ).toMatchObject({ SSEKMSKeyId: 'alias/lake' });
  });
});

describe('parseCliLine', () => {
  it('maps aws s3api list-objects-v2 to ListObjectsV2 with a numeric --max-keys', () => {
    const command = apiOf('aws s3api list-objects-v2 --bucket raw --prefix sales/ --max-keys 10');
    expect(command).toMatchObject({
      service: 's3',
      operation: 'ListObjectsV2',
      input: { Bucket: 'raw', Prefix: 'sales/', MaxKeys: 10 },
    });
  });
  it('reads boolean members as flags: --fetch-owner and --no-fetch-owner', () => {
    expect(apiOf('aws s3api list-objects-v2 --bucket b --fetch-owner').input.FetchOwner).toBe(true);
    expect(apiOf('aws s3api list-objects-v2 --bucket b --no-fetch-owner').input.FetchOwner).toBe(
      false,
    );
  });
  it('parses shorthand structures: --create-bucket-configuration LocationConstraint=eu-west-1', () => {
    expect(
      apiOf(
        'aws s3api create-bucket --bucket b --create-bucket-configuration LocationConstraint=eu-west-1',
      ).input,
    ).toEqual({
      Bucket: 'b',
      CreateBucketConfiguration: { LocationConstraint: 'eu-west-1' },
    });
  });
  it('parses a list of shorthand structures: --tags Key=a,Value=b Key=c,Value=d', () => {
    expect(
      apiOf(
        'aws iam create-role --role-name r --assume-role-policy-document x --tags Key=a,Value=b Key=c,Value=d',
      ).input.Tags,
    ).toEqual([
      { Key: 'a', Value: 'b' },
      { Key: 'c', Value: 'd' },
    ]);
  });
  it('parses JSON structures and keeps JSON for string members such as --policy-document', () => {
    const doc = '{"Version":"2012-10-17","Statement":[]}';
    expect(
      apiOf(`aws iam create-policy --policy-name p --policy-document '${doc}'`).input
        .PolicyDocument,
    ).toBe(doc);
    expect(
      apiOf(`aws glue create-database --database-input '{"Name":"sales","Description":"d"}'`).input
        .DatabaseInput,
    ).toEqual({ Name: 'sales', Description: 'd' });
  });
  it('parses nested shorthand with typed members: Parameters={a=1},Name=sales', () => {
    expect(
      apiOf('aws glue create-database --database-input Name=sales,Parameters={classification=csv}')
        .input.DatabaseInput,
    ).toEqual({
      Name: 'sales',
      Parameters: { classification: 'csv' },
    });
  });
  it('merges --cli-input-json with explicit options, explicit ones winning', () => {
    expect(
      apiOf(`aws s3api list-objects-v2 --cli-input-json '{"Bucket":"a","Prefix":"p/"}' --bucket b`)
        .input,
    ).toEqual({ Bucket: 'b', Prefix: 'p/' });
  });
  it("takes get-object's positional outfile and --body as a staged local file", () => {
    expect(apiOf('aws s3api get-object --bucket b --key sales/orders.csv out.csv')).toMatchObject({
      input: { Bucket: 'b', Key: 'sales/orders.csv' },
      outfile: 'out.csv',
    });
    expect(apiOf('aws s3api put-object --bucket b --key k --body orders.csv')).toMatchObject({
      input: { Bucket: 'b', Key: 'k' },
      localFiles: { Body: 'orders.csv' },
    });
  });
  it('reads the high-level s3 commands with their flags', () => {
    expect(
      parseCliLine('aws s3 ls s3://b/sales/ --recursive --human-readable --summarize'),
    ).toMatchObject({
      kind: 's3',
      command: 'ls',
      paths: ['s3://b/sales/'],
      flags: { recursive: true, humanReadable: true, summarize: true },
    });
  });
  it('takes global options anywhere and notes the ignored ones', () => {
    const command = apiOf(
      'aws --profile dev s3api list-buckets --output text --query Buckets[].Name --no-cli-pager --region eu-west-1',
    );
    expect(command.globals).toMatchObject({ output: 'text', query: 'Buckets[].Name' });
    expect(command.globals.notes.join('\n')).toMatch(/--profile is accepted and ignored/);
  });
  it('answers version and help lines', () => {
    expect(parseCliLine('aws --version')).toEqual({ kind: 'version' });
    expect(parseCliLine('aws glue help')).toEqual({ kind: 'help', service: 'glue' });
    expect(parseCliLine('')).toEqual({ kind: 'empty' });
    expect(parseCliLine('ls -l')).toEqual({ kind: 'shell', command: 'ls', args: ['-l'] });
  });
});

describe('parseCliLine errors', () => {
  it('rejects an unknown command with the valid choices and a did-you-mean hint', () => {
    const error = usageErrorOf('aws s3api list-object-v2 --bucket b');
    expect(error.message).toBe('argument operation: Invalid choice, valid choices are:');
    expect(error.details.join('\n')).toContain('list-objects-v2');
    expect(error.hints[0]).toMatch(/did you mean .*list-objects-v2/);
  });
  it('suggests a close real command the lab does not simulate yet', () => {
    const lab = {
      serviceNames: () => ['s3'],
      operationNames: () => ['CreateBucket', 'ListBuckets'],
    };
    let error: unknown;
    try {
      parseCliLine('aws s3api list-object-v2 --bucket b', lab);
    } catch (caught) {
      error = caught;
    }
    expect((error as CliUsageError).details).toEqual([
      'create-bucket                            | list-buckets',
    ]);
    expect((error as CliUsageError).hints[0]).toMatch(
      /did you mean list-objects-v2\? .*does not simulate it yet/,
    );
  });
  it('rejects an unknown service', () => {
    const error = usageErrorOf('aws s4 ls');
    expect(error.message).toBe('argument command: Invalid choice, valid choices are:');
    expect(error.hints[0]).toMatch(/did you mean s3/);
  });
  it('rejects unknown options by name and suggests the closest', () => {
    const error = usageErrorOf('aws s3api list-objects-v2 --bucket b --prefx x');
    expect(error.message).toBe('Unknown options: --prefx');
    expect(error.hints[0]).toMatch(/did you mean --prefix/);
  });
  it('names the missing required arguments', () => {
    expect(usageErrorOf('aws s3api get-object --key k').message).toBe(
      'the following arguments are required: --bucket, outfile',
    );
  });
  it('says file:// is not available', () => {
    const error = usageErrorOf(
      'aws iam create-policy --policy-name p --policy-document file://policy.json',
    );
    expect(error.message).toMatch(/Unable to load paramfile file:\/\/policy.json/);
    expect(error.hints[0]).toMatch(/paste the content inline/);
  });
  it('reports invalid JSON as the CLI does', () => {
    expect(usageErrorOf(`aws glue create-database --database-input '{"Name": }'`).message).toMatch(
      /^Error parsing parameter '--database-input': Invalid JSON: /,
    );
  });
  it('rejects a non-number for a numeric member', () => {
    expect(usageErrorOf('aws s3api list-objects-v2 --bucket b --max-keys ten').message).toMatch(
      /Invalid type for parameter max-keys, value: ten/,
    );
  });
});
