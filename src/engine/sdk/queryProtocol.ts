import type { HttpRequest } from '@smithy/types';
import { AwsError } from '../core/errors';
import type { AuthProblem } from './auth';
import { fromUtf8 } from './bytes';
import {
  INVALID_TOKEN_MESSAGE,
  SIGNATURE_MESSAGE,
  type DecodedCall,
  type WireProtocol,
  type WireResponse,
} from './protocol';
import { xmlDocument, xmlFields } from './xml';

/** AWS Query services: the XML namespace of each API version. */
export const QUERY_NAMESPACES: Record<string, string> = {
  iam: 'https://iam.amazonaws.com/doc/2010-05-08/',
  sts: 'https://sts.amazonaws.com/doc/2011-06-15/',
};

// Query parameters are all strings on the wire; these members are numbers or booleans in the SDK shapes.
const NUMBER_MEMBERS = new Set(['MaxItems', 'DurationSeconds', 'MaxSessionDuration', 'MaxResults']);
const BOOLEAN_MEMBERS = new Set(['SetAsDefault', 'OnlyAttached']);

function decodeForm(text: string): Array<[string, string]> {
  if (text === '') return [];
  return text.split('&').map((pair) => {
    const [k = '', v = ''] = pair.split('=');
    const decode = (s: string) => decodeURIComponent(s.replace(/\+/g, ' '));
    return [decode(k), decode(v)];
  });
}

function coerce(member: string, value: string): unknown {
  if (NUMBER_MEMBERS.has(member)) return Number(value);
  if (BOOLEAN_MEMBERS.has(member)) return value === 'true';
  return value;
}

/** Builds nested input from flattened keys: `Tags.member.1.Key=a` → `{ Tags: [{ Key: 'a' }] }`. */
export function unflattenQuery(pairs: Array<[string, string]>): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [key, value] of pairs) {
    const parts = key.split('.').filter((p) => p !== 'member' && p !== 'entry');
    let node: Record<string, unknown> | unknown[] = root;
    parts.forEach((part, i) => {
      const last = i === parts.length - 1;
      const slot: string | number = /^\d+$/.test(part) ? Number(part) - 1 : part;
      const container = node as Record<string | number, unknown>;
      if (last) {
        container[slot] = coerce(part, value);
        return;
      }
      const nextIsIndex = /^\d+$/.test(parts[i + 1]!);
      container[slot] ??= nextIsIndex ? [] : {};
      node = container[slot] as Record<string, unknown> | unknown[];
    });
  }
  return root;
}

export const queryProtocol: WireProtocol = {
  decode(request: HttpRequest, body: Uint8Array, service: string): DecodedCall {
    const text =
      body.length > 0
        ? fromUtf8(body)
        : Object.entries(request.query ?? {})
            .map(([k, v]) => `${k}=${String(v)}`)
            .join('&');
    const { Action, Version: _version, ...input } = unflattenQuery(decodeForm(text));
    if (typeof Action !== 'string')
      throw new AwsError('MissingAction', 'The request must contain the parameter Action.');
    return { service, operation: Action, input };
  },

  encodeOutput(call, output, requestId): WireResponse {
    const fields =
      output !== null && typeof output === 'object' ? (output as Record<string, unknown>) : {};
    const result =
      Object.keys(fields).length > 0
        ? `<${call.operation}Result>${xmlFields(fields, { defaultMember: 'member' })}</${call.operation}Result>`
        : '';
    const metadata = `<ResponseMetadata><RequestId>${requestId}</RequestId></ResponseMetadata>`;
    return {
      statusCode: 200,
      headers: { 'content-type': 'text/xml', 'x-amzn-requestid': requestId },
      body: xmlDocument(
        `${call.operation}Response`,
        result + metadata,
        QUERY_NAMESPACES[call.service],
      ),
    };
  },

  encodeError(error, requestId, call): WireResponse {
    const type = error.senderFault ? 'Sender' : 'Receiver';
    const inner = `<Error><Type>${type}</Type>${xmlFields({ Code: error.name, Message: error.message }, {})}</Error><RequestId>${requestId}</RequestId>`;
    return {
      statusCode: error.statusCode,
      headers: { 'content-type': 'text/xml', 'x-amzn-requestid': requestId },
      body: xmlDocument('ErrorResponse', inner, call ? QUERY_NAMESPACES[call.service] : undefined),
    };
  },

  authError(problem: AuthProblem) {
    if (problem === 'badSignature')
      return { code: 'SignatureDoesNotMatch', statusCode: 403, message: SIGNATURE_MESSAGE };
    if (problem === 'expired')
      return {
        code: 'ExpiredToken',
        statusCode: 403,
        message: 'The security token included in the request is expired',
      };
    if (problem === 'missing')
      return {
        code: 'MissingAuthenticationToken',
        statusCode: 403,
        message: 'Request is missing Authentication Token',
      };
    return { code: 'InvalidClientTokenId', statusCode: 403, message: INVALID_TOKEN_MESSAGE };
  },
};
