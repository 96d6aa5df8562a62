import { describe, expect, it } from 'vitest';
import { validPermissionsFor } from '../../engine/lakeformation/vocabulary';
import { draftProblem, emptyDraft, grantInput, permissionsFor, s3ArnOf } from './grantDraft';

const analyst = 'arn:aws:iam::111122223333:user/analyst';

describe('grant drafts on the catalog and data locations', () => {
  it('a catalog draft becomes Resource.Catalog with its permissions and grant option', () => {
    const input = grantInput({
      ...emptyDraft(analyst),
      target: 'catalog',
      permissions: ['CREATE_DATABASE'],
      grantable: ['CREATE_DATABASE', 'DESCRIBE'],
    });
    expect(input).toEqual({
      Principal: { DataLakePrincipalIdentifier: analyst },
      Resource: { Catalog: {} },
      Permissions: ['CREATE_DATABASE'],
      PermissionsWithGrantOption: ['CREATE_DATABASE'],
    });
  });

  it('the catalog offers only permissions Lake Formation accepts on the Data Catalog', () => {
    const offered = permissionsFor({ target: 'catalog', tagResourceType: 'TABLE' });
    const valid = validPermissionsFor({ kind: 'Catalog' });
    expect(offered).toContain('CREATE_DATABASE');
    expect(offered.filter((p) => !valid.includes(p))).toEqual([]);
  });

  it('a data-location draft becomes DATA_LOCATION_ACCESS on the S3 ARN of the path', () => {
    const input = grantInput({
      ...emptyDraft(analyst),
      target: 'data-location',
      location: 's3://lake-raw/sales/',
      permissions: ['DATA_LOCATION_ACCESS'],
      grantable: ['DATA_LOCATION_ACCESS'],
    });
    expect(input).toEqual({
      Principal: { DataLakePrincipalIdentifier: analyst },
      Resource: { DataLocation: { ResourceArn: 'arn:aws:s3:::lake-raw/sales' } },
      Permissions: ['DATA_LOCATION_ACCESS'],
      PermissionsWithGrantOption: ['DATA_LOCATION_ACCESS'],
    });
    expect(permissionsFor({ target: 'data-location', tagResourceType: 'TABLE' })).toEqual([
      'DATA_LOCATION_ACCESS',
    ]);
  });

  it('an S3 ARN passes through unchanged', () => {
    expect(s3ArnOf('arn:aws:s3:::bucket/prefix')).toBe('arn:aws:s3:::bucket/prefix');
  });

  it('a data-location draft needs an S3 path, a catalog draft no resource', () => {
    const base = { ...emptyDraft(analyst), permissions: ['DATA_LOCATION_ACCESS'] };
    expect(draftProblem({ ...base, target: 'data-location', location: 'lake-raw' })).toMatch(
      /S3 path/,
    );
    expect(
      draftProblem({ ...base, target: 'data-location', location: 's3://lake-raw' }),
    ).toBeUndefined();
    expect(
      draftProblem({ ...emptyDraft(analyst), target: 'catalog', permissions: ['DESCRIBE'] }),
    ).toBeUndefined();
  });
});
