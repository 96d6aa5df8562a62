// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLakeStore } from '../index';
import { startAutosave } from './autosave';

describe('autosave', () => {
  afterEach(() => vi.useRealTimers());

  function setup() {
    vi.useFakeTimers();
    const store = createLakeStore();
    const saveNow = vi.fn(async () => undefined);
    store.setState({ saveNow });
    const stop = startAutosave(store);
    const change = () => store.setState((s) => ({ version: s.version + 1 }));
    return { saveNow, stop, change };
  }

  it('saves a second after the lab stops changing', () => {
    const { saveNow, change, stop } = setup();
    change();
    vi.advanceTimersByTime(900);
    expect(saveNow).not.toHaveBeenCalled();
    vi.advanceTimersByTime(200);
    expect(saveNow).toHaveBeenCalledTimes(1);
    stop();
  });

  it('still saves every five seconds while the clock keeps changing the lab', () => {
    const { saveNow, change, stop } = setup();
    for (let i = 0; i < 24; i++) {
      change();
      vi.advanceTimersByTime(250);
    }
    expect(saveNow.mock.calls.length).toBeGreaterThanOrEqual(1);
    stop();
  });

  it('saves what is pending when the page is hidden', () => {
    const { saveNow, change, stop } = setup();
    change();
    window.dispatchEvent(new Event('pagehide'));
    expect(saveNow).toHaveBeenCalledTimes(1);
    stop();
  });
});
