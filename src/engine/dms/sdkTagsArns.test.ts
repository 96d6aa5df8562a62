import {
  CreateEndpointCommand,
  CreateReplicationInstanceCommand,
  AddTagsToResourceCommand,
  DeleteEndpointCommand,
  ListTagsForResourceCommand,
  RemoveTagsFromResourceCommand,
  ResourceAlreadyExistsFault,
  ResourceNotFoundFault,
} from '@aws-sdk/client-database-migration-service';
import { describe, expect, it } from 'vitest';
import { DMS_ROLE_ARN, dmsSdkClient, failure } from './testFixtures';

describe('DMS tags and ARNs as the API reference documents them (real SDK client)', () => {
  // API_CreateReplicationInstance / CreateEndpoint / CreateReplicationTask take Tags;
  // API_ListTagsForResource lists them, AddTagsToResource and RemoveTagsFromResource change them.
  it('keeps the Tags given at creation and lists, adds and removes them', async () => {
    const { dms } = dmsSdkClient();
    const { Endpoint } = await dms.send(
      new CreateEndpointCommand({
        EndpointIdentifier: 'lake',
        EndpointType: 'target',
        EngineName: 's3',
        S3Settings: { BucketName: 'b', ServiceAccessRoleArn: DMS_ROLE_ARN },
        Tags: [{ Key: 'team', Value: 'data' }],
      }),
    );
    const ResourceArn = Endpoint!.EndpointArn!;
    await dms.send(
      new AddTagsToResourceCommand({
        ResourceArn,
        Tags: [
          { Key: 'team', Value: 'lake' },
          { Key: 'env', Value: 'lab' },
        ],
      }),
    );
    const listed = await dms.send(new ListTagsForResourceCommand({ ResourceArn }));
    expect(listed.TagList).toEqual([
      { Key: 'team', Value: 'lake' },
      { Key: 'env', Value: 'lab' },
    ]);
    await dms.send(new RemoveTagsFromResourceCommand({ ResourceArn, TagKeys: ['team'] }));
    const byList = await dms.send(
      new ListTagsForResourceCommand({ ResourceArnList: [ResourceArn] }),
    );
    // ResourceArnList "also returns each tag's associated ResourceArn value".
    expect(byList.TagList).toEqual([{ Key: 'env', Value: 'lab', ResourceArn }]);
    const reserved = await failure(
      dms.send(
        new AddTagsToResourceCommand({ ResourceArn, Tags: [{ Key: 'aws:owner', Value: 'x' }] }),
      ),
    );
    expect(reserved).toMatchObject({ name: 'InvalidParameterValueException' });
    await dms.send(new DeleteEndpointCommand({ EndpointArn: ResourceArn }));
    expect(await failure(dms.send(new ListTagsForResourceCommand({ ResourceArn })))).toBeInstanceOf(
      ResourceNotFoundFault,
    );
  });

  // CreateEndpoint (and the other Create* operations): ResourceIdentifier is "a friendly name for
  // the resource identifier at the end of the EndpointArn", up to 31 letters, digits and hyphens.
  // Endpoint.EngineDisplayName: "if the EngineName parameter is "aurora", this value would be
  // "Amazon Aurora MySQL"".
  it('ends the ARN with the ResourceIdentifier and expands the engine name', async () => {
    const { dms } = dmsSdkClient();
    const { Endpoint } = await dms.send(
      new CreateEndpointCommand({
        EndpointIdentifier: 'shop',
        EndpointType: 'source',
        EngineName: 'aurora',
        ServerName: 'shop-db.internal',
        Port: 3306,
        ResourceIdentifier: 'Example-App-ARN1',
      }),
    );
    expect(Endpoint?.EndpointArn).toBe(
      'arn:aws:dms:us-east-1:111122223333:endpoint:Example-App-ARN1',
    );
    expect(Endpoint?.EngineDisplayName).toBe('Amazon Aurora MySQL');
    const again = await failure(
      dms.send(
        new CreateEndpointCommand({
          EndpointIdentifier: 'shop-two',
          EndpointType: 'source',
          EngineName: 'mysql',
          ResourceIdentifier: 'Example-App-ARN1',
        }),
      ),
    );
    expect(again).toBeInstanceOf(ResourceAlreadyExistsFault);
    const { ReplicationInstance } = await dms.send(
      new CreateReplicationInstanceCommand({
        ReplicationInstanceIdentifier: 'lab',
        ReplicationInstanceClass: 'dms.t3.micro',
        ResourceIdentifier: 'lab-instance-1',
      }),
    );
    expect(ReplicationInstance?.ReplicationInstanceArn).toMatch(/:rep:lab-instance-1$/);
    const bad = await failure(
      dms.send(
        new CreateReplicationInstanceCommand({
          ReplicationInstanceIdentifier: 'lab-two',
          ReplicationInstanceClass: 'dms.t3.micro',
          ResourceIdentifier: '1-starts-with-a-digit',
        }),
      ),
    );
    expect(bad).toMatchObject({ name: 'InvalidParameterValueException' });
  });
});
