import { useEffect, useState } from 'react';
import { evaluateCheck, type Check, type CheckResult } from '../../lessons';
import { useLake } from '../../store';

const DEBOUNCE_MS = 250;

/** The check's status, evaluated again (debounced) whenever the lab's world changes. */
export function useLiveCheck(check: Check | undefined): CheckResult | undefined {
  const engine = useLake((s) => s.engine);
  const version = useLake((s) => s.version);
  const [result, setResult] = useState<{ check: Check; value: CheckResult }>();
  useEffect(() => {
    if (!check) return;
    let isCurrent = true;
    const timer = setTimeout(() => {
      void evaluateCheck(engine, check).then((value) => {
        if (isCurrent) setResult({ check, value });
      });
    }, DEBOUNCE_MS);
    return () => {
      isCurrent = false;
      clearTimeout(timer);
    };
  }, [engine, version, check]);
  return result && result.check === check ? result.value : undefined;
}
