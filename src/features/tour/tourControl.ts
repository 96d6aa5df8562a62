const SEEN_KEY = 'lakelab.tourSeen';
const START_EVENT = 'lakelab:start-tour';

/** Starts (or replays) the console tour from anywhere: the help panel, a menu, a test. */
export function startTour(): void {
  window.dispatchEvent(new Event(START_EVENT));
}

export function onTourStart(listener: () => void): () => void {
  window.addEventListener(START_EVENT, listener);
  return () => window.removeEventListener(START_EVENT, listener);
}

/** First visit: not seen yet, and not a browser driven by automated tests. */
export function shouldAutoStartTour(): boolean {
  if (window.navigator.webdriver) return false;
  try {
    return window.localStorage.getItem(SEEN_KEY) === null;
  } catch {
    return false;
  }
}

export function markTourSeen(): void {
  try {
    window.localStorage.setItem(SEEN_KEY, '1');
  } catch {
    // Storage blocked: the tour may show again next visit.
  }
}
