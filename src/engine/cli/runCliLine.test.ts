import { describe, expect, it } from 'vitest';
import { testTerminal } from './testTerminal';

describe('runCliLine: aws <service> <command>', () => {
  it('prints JSON with 4-space indents and ISO timestamps with +00:00', async () => {
    const t = testTerminal();
    await t.ok('aws s3api create-bucket --bucket raw-zone');
    const stdout = await t.ok('aws s3api list-buckets');
    expect(stdout).toContain('    "Buckets": [\n        {\n            "Name": "raw-zone",');
    expect(stdout).toContain('"CreationDate": "2025-01-06T09:00:00+00:00"');
  });
  it('prints nothing for an empty response', async () => {
    const t = testTerminal();
    await t.ok('aws s3api create-bucket --bucket raw-zone');
    expect(await t.ok('aws s3api delete-bucket --bucket raw-zone')).toBe('');
  });
  it('applies --query and --output text', async () => {
    const t = testTerminal();
    await t.ok('aws s3 mb s3://aaa', 'aws s3 mb s3://bbb');
    expect(await t.ok('aws s3api list-buckets --query Buckets[].Name')).toBe(
      '[\n    "aaa",\n    "bbb"\n]',
    );
    expect(await t.ok('aws s3api list-buckets --query Buckets[].Name --output text')).toBe(
      'aaa\tbbb',
    );
    expect(await t.ok("aws s3api list-buckets --query 'length(Buckets)'")).toBe('2');
  });
  it('reads get-caller-identity from STS', async () => {
    const t = testTerminal();
    expect(JSON.parse(await t.ok('aws sts get-caller-identity'))).toMatchObject({
      Account: t.engine.accountId,
    });
  });
  it('prints a service error as the CLI does and exits 254', async () => {
    const result = await testTerminal().run('aws s3api delete-bucket --bucket nope');
    expect(result.exitCode).toBe(254);
    expect(result.stderr).toMatch(
      /^\nAn error occurred \(NoSuchBucket\) when calling the DeleteBucket operation: The specified bucket does not exist/,
    );
  });
  it('prints the NoSuchBucket line for list-objects-v2', async () => {
    const result = await testTerminal().run('aws s3api list-objects-v2 --bucket nope');
    expect(result.stderr).toMatch(
      /^\nAn error occurred \(NoSuchBucket\) when calling the ListObjectsV2 operation: The specified bucket does not exist/,
    );
  });
  it('prints usage errors with the usage block, aws: error: and a hint, exit 252', async () => {
    const result = await testTerminal().run('aws s3api create-bucket --bucket b --foo 1');
    expect(result.exitCode).toBe(252);
    expect(result.stderr).toContain(
      'usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]',
    );
    expect(result.stderr).toContain('aws: error: Unknown options: --foo');
  });
  it('notes a real command LakeLab does not simulate yet', async () => {
    const result = await testTerminal().run(
      'aws s3api put-bucket-website --bucket b --website-configuration {}',
    );
    expect(result.stderr).toContain(
      'aws: error: argument operation: Invalid choice, valid choices are:',
    );
    expect(result.stderr).toContain('LakeLab does not simulate it yet');
  });
  it("writes get-object's body to the outfile as a download and leaves it out of the JSON", async () => {
    const t = testTerminal({ 'orders.csv': 'id\n1\n' });
    await t.ok(
      'aws s3 mb s3://raw',
      'aws s3api put-object --bucket raw --key sales/orders.csv --body orders.csv',
    );
    const result = await t.run('aws s3api get-object --bucket raw --key sales/orders.csv out.csv');
    expect(result.stdout).not.toContain('"Body"');
    expect(result.downloads?.map((d) => [d.name, new TextDecoder().decode(d.bytes)])).toEqual([
      ['out.csv', 'id\n1\n'],
    ]);
  });
  it('answers aws --version, aws help and aws s3api help', async () => {
    const t = testTerminal();
    expect(await t.ok('aws --version')).toMatch(/^aws-cli\/2\.\S+ .*LakeLab simulated CLI/);
    expect(await t.ok('aws help')).toContain('s3api');
    expect(await t.ok('aws s3api help')).toContain('create-bucket');
    expect(await t.ok('aws s3api create-bucket help')).toContain('--bucket (string) [required]');
  });
  it('lists and shows staged files with ls and cat', async () => {
    const t = testTerminal({ 'b.csv': 'x', 'a.csv': 'hello' });
    expect(await t.ok('ls')).toBe('a.csv  b.csv');
    expect(await t.ok('cat a.csv')).toBe('hello');
    expect((await t.run('foo')).stderr).toMatch(/^bash: foo: command not found/);
  });
});
