import type { ModifyEndpointMessage } from '@aws-sdk/client-database-migration-service';
import type { RequiredAccess, OperationDef } from '../core/operations';
import { alreadyExists, checkIdentifier, invalidValue } from './common';
import { describeEndpoint, endpointOf } from './endpoints';
import { describeS3Settings, normaliseS3Settings } from './s3Settings';
import { dmsState, type StoredEndpoint } from './state';

function changeConnection(endpoint: StoredEndpoint, input: ModifyEndpointMessage): void {
  if (input.ServerName !== undefined) endpoint.ServerName = input.ServerName;
  if (input.Port !== undefined) endpoint.Port = input.Port;
  if (input.DatabaseName !== undefined) endpoint.DatabaseName = input.DatabaseName;
  if (input.Username !== undefined) endpoint.Username = input.Username;
  if (input.Password !== undefined) endpoint.hasPassword = input.Password !== '';
}

// ModifyEndpoint, ExactSettings: when true the call's settings replace all existing ones; when
// false (the default) settings with the same names are replaced and new ones added.
function changeS3(endpoint: StoredEndpoint, input: ModifyEndpointMessage): void {
  if (!input.S3Settings && !input.ServiceAccessRoleArn) return;
  const old = endpoint.S3Settings;
  const base = input.ExactSettings || !old ? {} : describeS3Settings(old);
  const role = input.S3Settings?.ServiceAccessRoleArn || input.ServiceAccessRoleArn;
  endpoint.S3Settings = normaliseS3Settings(
    { ...base, ...input.S3Settings, ...(role ? { ServiceAccessRoleArn: role } : {}) },
    old?.ServiceAccessRoleArn,
  );
}

/** ModifyEndpoint (API reference): changes the given fields of an endpoint, keeping the rest. */
export const ModifyEndpoint: OperationDef<ModifyEndpointMessage> = {
  authorize(input) {
    const accesses: RequiredAccess[] = [
      { action: 'dms:ModifyEndpoint', resource: input.EndpointArn ?? '*' },
    ];
    const role = input.S3Settings?.ServiceAccessRoleArn || input.ServiceAccessRoleArn;
    if (role) accesses.push({ action: 'iam:PassRole', resource: role });
    return accesses;
  },
  run(input, ctx) {
    const endpoint = endpointOf(ctx, input.EndpointArn);
    const type = input.EndpointType?.toUpperCase();
    if (type !== undefined && type !== endpoint.EndpointType)
      throw invalidValue(
        `Endpoint ${endpoint.EndpointIdentifier} is a ${endpoint.EndpointType.toLowerCase()} endpoint; LakeLab does not change an endpoint's type.`,
      );
    if (input.EngineName !== undefined && input.EngineName.toLowerCase() !== endpoint.EngineName)
      throw invalidValue(
        `Endpoint ${endpoint.EndpointIdentifier} uses ${endpoint.EngineName}; LakeLab does not change an endpoint's engine.`,
      );
    const changed: StoredEndpoint = { ...endpoint };
    if (input.EndpointIdentifier !== undefined) {
      const identifier = checkIdentifier('EndpointIdentifier', input.EndpointIdentifier);
      const others = Object.values(dmsState(ctx.world).endpoints).filter((e) => e !== endpoint);
      if (others.some((e) => e.EndpointIdentifier === identifier))
        throw alreadyExists(`Endpoint ${identifier} already exists.`);
      changed.EndpointIdentifier = identifier;
    }
    if (endpoint.EngineName === 's3') changeS3(changed, input);
    else changeConnection(changed, input);
    const state = dmsState(ctx.world);
    state.endpoints[endpoint.EndpointArn] = changed;
    for (const c of state.connections)
      if (c.EndpointArn === endpoint.EndpointArn) c.EndpointIdentifier = changed.EndpointIdentifier;
    return { Endpoint: describeEndpoint(changed) };
  },
};
