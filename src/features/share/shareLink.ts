import { deflateSync, inflateSync } from 'fflate';
import { readLabFile, LabFileError } from '../../engine/core/labFile';
import type { World } from '../../engine/world';

/** The route a whole-lab share link opens: `#/open-lab?lab=v1.<base64url>`. */
export const SHARED_LAB_PATH = '/open-lab';
export const SHARED_LAB_PARAM = 'lab';
const PREFIX = 'v1.';
/** Links longer than this are refused by some browsers and chat tools: share a file instead. */
export const SHARE_LINK_LIMIT = 100_000;

export class ShareLinkError extends Error {
  override name = 'ShareLinkError';
}

export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text))
    throw new ShareLinkError(
      'The shared lab link is damaged: it contains characters a LakeLab link never has. Copy the whole link again.',
    );
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  let binary: string;
  try {
    binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  } catch {
    throw new ShareLinkError(
      'The shared lab link is damaged: it was cut short. Copy the whole link again.',
    );
  }
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** The `lab` parameter of a share link for a lab file (the `.lakelab` bytes, deflated, base64url). */
export function encodeLabParam(labFile: Uint8Array): string {
  return PREFIX + toBase64Url(deflateSync(labFile, { level: 9 }));
}

/** The lab file a `lab` parameter carries, validated; throws a ShareLinkError saying what is wrong. */
export function decodeLabParam(param: string): { bytes: Uint8Array; world: World } {
  if (!param.startsWith(PREFIX))
    throw new ShareLinkError(
      `The shared lab link is not one LakeLab made: its data should start with "${PREFIX}".`,
    );
  const packed = fromBase64Url(param.slice(PREFIX.length));
  let bytes: Uint8Array;
  try {
    bytes = inflateSync(packed);
  } catch {
    throw new ShareLinkError(
      'The shared lab link is damaged: its data does not decompress (part of the link is missing or changed). Copy the whole link again.',
    );
  }
  try {
    return { bytes, world: readLabFile(bytes) };
  } catch (error) {
    if (error instanceof LabFileError)
      throw new ShareLinkError(`The shared lab link carries a damaged lab. ${error.message}`);
    throw error;
  }
}

/** The full URL of a share link for `baseUrl` (the page's address without its hash). */
export function labShareUrl(baseUrl: string, labFile: Uint8Array): string {
  return `${baseUrl}#${SHARED_LAB_PATH}?${SHARED_LAB_PARAM}=${encodeLabParam(labFile)}`;
}

/** The link to a lesson at a step: `#/lessons/<id>?step=<stepId>`. */
export function lessonShareUrl(baseUrl: string, lessonId: string, stepId?: string): string {
  const query = stepId ? `?step=${encodeURIComponent(stepId)}` : '';
  return `${baseUrl}#/lessons/${encodeURIComponent(lessonId)}${query}`;
}
