import { useState } from 'react';

/**
 * Re-throws an error from an async handler during render, so the page's error boundary
 * shows it instead of it vanishing as an unhandled rejection.
 */
export function useRethrowToBoundary(): (error: unknown) => void {
  const [, setState] = useState();
  return (error) =>
    setState(() => {
      throw error;
    });
}
