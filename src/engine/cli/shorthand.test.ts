import { describe, expect, it } from 'vitest';
import { parseCliLine } from './parseCliLine';
import { parseShorthand } from './shorthand';

describe('shorthand syntax', () => {
  it('reads Key=value pairs', () => {
    expect(parseShorthand('Key=a,Value=b', '--tag')).toEqual({ Key: 'a', Value: 'b' });
  });
  it('reads nested structures and bracketed lists of structures', () => {
    expect(parseShorthand('TagSet=[{Key=a,Value=b},{Key=c,Value=d}]', '--tagging')).toEqual({
      TagSet: [
        { Key: 'a', Value: 'b' },
        { Key: 'c', Value: 'd' },
      ],
    });
  });
  it('reads an implicit list: Names=a,b,Other=c', () => {
    expect(parseShorthand('Names=a,b,Other=c', '--x')).toEqual({ Names: ['a', 'b'], Other: 'c' });
  });
  it('keeps commas inside quoted values', () => {
    expect(parseShorthand(`Key=team,Value="a,b"`, '--x')).toEqual({ Key: 'team', Value: 'a,b' });
  });
  it('reads a bare comma-separated list', () => {
    expect(parseShorthand('a,b,c', '--names')).toEqual(['a', 'b', 'c']);
  });
  it('types shorthand members from the schema: booleans and numbers become values', () => {
    const command = parseCliLine(
      'aws s3api put-public-access-block --bucket b --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=false',
    );
    expect(command.kind === 'api' && command.input.PublicAccessBlockConfiguration).toEqual({
      BlockPublicAcls: true,
      IgnorePublicAcls: false,
    });
  });
  it('reports a member the shape does not have', () => {
    expect(() =>
      parseCliLine(
        'aws s3api create-bucket --bucket b --create-bucket-configuration Region=eu-west-1',
      ),
    ).toThrow(
      /Unknown parameter in create-bucket-configuration: "Region", must be one of: LocationConstraint/,
    );
  });
  it('explains malformed shorthand', () => {
    expect(() => parseShorthand('Key=a,Value={b', '--x')).toThrow(
      /Error parsing parameter '--x': Expected: shorthand syntax/,
    );
  });
});
