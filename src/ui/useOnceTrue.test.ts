// @vitest-environment jsdom
import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useOnceTrue } from './useOnceTrue';

describe('useOnceTrue', () => {
  it('stays false while the value has never been true', () => {
    const { result, rerender } = renderHook(({ value }) => useOnceTrue(value), {
      initialProps: { value: false },
    });
    rerender({ value: false });
    expect(result.current).toBe(false);
  });

  it('stays true once the value has been true, even after it turns false', () => {
    const { result, rerender } = renderHook(({ value }) => useOnceTrue(value), {
      initialProps: { value: false },
    });
    rerender({ value: true });
    expect(result.current).toBe(true);
    rerender({ value: false });
    expect(result.current).toBe(true);
  });
});
