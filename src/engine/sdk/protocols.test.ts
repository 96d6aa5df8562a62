import type { HttpRequest } from '@smithy/types';
import { describe, expect, it } from 'vitest';
import { utf8 } from './bytes';
import { jsonProtocol, restJsonProtocol, toJsonValue } from './jsonProtocol';
import { queryProtocol, unflattenQuery } from './queryProtocol';

const request = (parts: Partial<HttpRequest>): HttpRequest => ({
  method: 'POST',
  protocol: 'https:',
  hostname: 'example.amazonaws.com',
  path: '/',
  headers: {},
  query: {},
  ...parts,
});

describe('wire protocols', () => {
  it('unflattens AWS Query lists and structures', () => {
    const input = unflattenQuery([
      ['UserName', 'analyst'],
      ['Tags.member.1.Key', 'team'],
      ['Tags.member.1.Value', 'data'],
      ['Tags.member.2.Key', 'env'],
      ['ActionNames.member.1', 's3:GetObject'],
      ['MaxItems', '5'],
      ['SetAsDefault', 'true'],
    ]);
    expect(input).toEqual({
      UserName: 'analyst',
      Tags: [{ Key: 'team', Value: 'data' }, { Key: 'env' }],
      ActionNames: ['s3:GetObject'],
      MaxItems: 5,
      SetAsDefault: true,
    });
  });

  it('decodes a form-encoded Query request into its Action and parameters', () => {
    const call = queryProtocol.decode(
      request({}),
      utf8('Action=CreateUser&Version=2010-05-08&UserName=a%2Bb&Path=%2Fteam%2F'),
      'iam',
    );
    expect(call).toEqual({
      service: 'iam',
      operation: 'CreateUser',
      input: { UserName: 'a+b', Path: '/team/' },
    });
  });

  it('writes Query results inside <OperationResult> with member lists', () => {
    const response = queryProtocol.encodeOutput(
      { service: 'iam', operation: 'ListUserPolicies', input: {} },
      { PolicyNames: ['a', 'b<c'], IsTruncated: false },
      'R1',
    );
    expect(response.body).toContain(
      '<ListUserPoliciesResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><ListUserPoliciesResult><PolicyNames><member>a</member><member>b&lt;c</member></PolicyNames><IsTruncated>false</IsTruncated></ListUserPoliciesResult>',
    );
  });

  it('routes JSON 1.1 targets through the prefix table', () => {
    const call = jsonProtocol.decode(
      request({ headers: { 'x-amz-target': 'AmazonAthena.StartQueryExecution' } }),
      utf8('{"QueryString":"SELECT 1"}'),
      '',
    );
    expect(call).toEqual({
      service: 'athena',
      operation: 'StartQueryExecution',
      input: { QueryString: 'SELECT 1' },
    });
  });

  it('routes REST-JSON requests by their path', () => {
    const call = restJsonProtocol.decode(
      request({ path: '/GrantPermissions' }),
      utf8('{"Permissions":["SELECT"]}'),
      'lakeformation',
    );
    expect(call).toEqual({
      service: 'lakeformation',
      operation: 'GrantPermissions',
      input: { Permissions: ['SELECT'] },
    });
    expect(
      restJsonProtocol.decode(request({ path: '/create-flow' }), utf8(''), 'appflow').operation,
    ).toBe('CreateFlow');
  });

  it('writes JSON timestamps as epoch seconds and blobs as base64', () => {
    expect(
      toJsonValue({ At: new Date('2025-01-06T09:00:00.500Z'), Data: utf8('hi!'), Skip: undefined }),
    ).toEqual({ At: 1736154000.5, Data: 'aGkh' });
  });
});
