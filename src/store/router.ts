import { useSyncExternalStore } from 'react';

/**
 * Hash routing (`#/s3/buckets/raw?prefix=sales/`): GitHub Pages serves one index.html, so
 * deep links and reloads work under any base path.
 */
export interface Route {
  /** The path after `#`, always starting with `/`. */
  path: string;
  segments: string[];
  query: URLSearchParams;
}

function currentHash(): string {
  return typeof window === 'undefined' ? '' : window.location.hash;
}

export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, '') || '/';
  const [pathPart = '/', queryPart = ''] = raw.split('?');
  const path = pathPart.startsWith('/') ? pathPart : `/${pathPart}`;
  return {
    path,
    segments: path.split('/').filter(Boolean).map(decodeURIComponent),
    query: new URLSearchParams(queryPart),
  };
}

function subscribe(callback: () => void): () => void {
  window.addEventListener('hashchange', callback);
  return () => window.removeEventListener('hashchange', callback);
}

/** The current route; re-renders on navigation. */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, currentHash, () => '');
  return parseRoute(hash);
}

/** An href for a route path, e.g. `href('/s3/buckets/raw', { prefix: 'sales/' })`. */
export function href(path: string, query: Record<string, string | undefined> = {}): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '') params.set(k, v);
  const qs = params.toString();
  return `#${path}${qs ? `?${qs}` : ''}`;
}

export function navigate(path: string, query: Record<string, string | undefined> = {}): void {
  window.location.hash = href(path, query).slice(1);
}
