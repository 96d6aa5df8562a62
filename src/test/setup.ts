// Shared test setup. jsdom-only stubs are installed when a test opts into jsdom with
// `// @vitest-environment jsdom`.
if (typeof window !== 'undefined' && !('ResizeObserver' in window)) {
  class ResizeObserverStub {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver = ResizeObserverStub;
}

// Component tests wait for what a user would see; on a busy 2-core CI machine the first render
// of a lazy page can take longer than testing-library's default 1 s.
if (typeof window !== 'undefined') {
  const { configure } = await import('@testing-library/dom');
  configure({ asyncUtilTimeout: 5000 });
}
