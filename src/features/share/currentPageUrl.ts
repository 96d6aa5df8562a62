/** The page's address without its hash: where share links point. */
export function currentPageUrl(): string {
  return `${window.location.origin}${window.location.pathname}${window.location.search}`;
}
