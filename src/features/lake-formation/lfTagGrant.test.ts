import { describe, expect, it } from 'vitest';
import { emptyLfTagDraft, lfTagDraftProblem, lfTagEntries, lfTagGrantInput } from './lfTagGrant';

const analyst = 'arn:aws:iam::111122223333:user/analyst';

describe('LF-Tag grant drafts', () => {
  it('chosen values become Resource.LFTag with the grant option on granted permissions only', () => {
    const input = lfTagGrantInput({
      ...emptyLfTagDraft(),
      principal: analyst,
      key: 'domain',
      values: ['sales'],
      permissions: ['ASSOCIATE'],
      grantable: ['ASSOCIATE', 'DESCRIBE'],
    });
    expect(input).toEqual({
      Principal: { DataLakePrincipalIdentifier: analyst },
      Resource: { LFTag: { TagKey: 'domain', TagValues: ['sales'] } },
      Permissions: ['ASSOCIATE'],
      PermissionsWithGrantOption: ['ASSOCIATE'],
    });
  });

  it('all values is the wildcard value *', () => {
    const input = lfTagGrantInput({
      ...emptyLfTagDraft(),
      principal: analyst,
      key: 'domain',
      allValues: true,
      values: ['sales'],
      permissions: ['DESCRIBE'],
    });
    expect(input.Resource.LFTag.TagValues).toEqual(['*']);
    expect(input).not.toHaveProperty('PermissionsWithGrantOption');
  });

  it('needs a principal, a key, values and a permission', () => {
    const draft = { ...emptyLfTagDraft(), principal: analyst, key: 'domain' };
    expect(lfTagDraftProblem(draft)).toMatch(/values/);
    expect(lfTagDraftProblem({ ...draft, allValues: true })).toMatch(/permission/);
    expect(lfTagDraftProblem({ ...draft, values: ['x'], permissions: ['ASSOCIATE'] })).toBe(
      undefined,
    );
  });

  it('keeps only the grants on LF-Tags', () => {
    const entries = [
      { Resource: { LFTag: { TagKey: 'a', TagValues: ['*'] } } },
      { Resource: { Database: { Name: 'sales' } } },
    ];
    expect(lfTagEntries(entries)).toEqual([entries[0]]);
  });
});
