import { useState } from 'react';

/**
 * True from the first render where `value` is true onwards. A lazily loaded dialog mounts
 * on first use and stays mounted, so it keeps its closing animation and its state.
 */
export function useOnceTrue(value: boolean): boolean {
  const [wasTrue, setWasTrue] = useState(value);
  if (value && !wasTrue) setWasTrue(true);
  return wasTrue || value;
}
