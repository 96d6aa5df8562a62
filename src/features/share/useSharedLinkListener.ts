import { useEffect } from 'react';
import { useLakeStore } from '../../store';
import { takeSharedLabFromLocation } from './openSharedLink';

/** Offers a whole-lab share link pasted into the address bar while the console is open. */
export function useSharedLinkListener(): void {
  const store = useLakeStore();
  useEffect(() => {
    const handleHashChange = () => void takeSharedLabFromLocation(store);
    window.addEventListener('hashchange', handleHashChange);
    return () => window.removeEventListener('hashchange', handleHashChange);
  }, [store]);
}
