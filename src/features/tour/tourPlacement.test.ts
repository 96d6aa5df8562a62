import { describe, expect, it } from 'vitest';
import { placeCard } from './tourPlacement';

const view = { width: 1280, height: 720 };
const card = { width: 400, height: 240 };

describe('placeCard', () => {
  it('puts the card under a target in the top bar', () => {
    expect(placeCard({ top: 8, left: 130, width: 540, height: 36 }, card, view)).toEqual({
      top: 56,
      left: 130,
    });
  });

  it('keeps the card inside the window when the target is near the right edge', () => {
    const { left } = placeCard({ top: 8, left: 1200, width: 60, height: 36 }, card, view);
    expect(left + card.width).toBeLessThanOrEqual(view.width - 12);
  });

  it('puts the card above a target near the bottom', () => {
    expect(placeCard({ top: 600, left: 20, width: 200, height: 40 }, card, view).top).toBe(348);
  });

  it('puts the card beside a target as tall as the window (the side navigation)', () => {
    expect(placeCard({ top: 52, left: 0, width: 280, height: 668 }, card, view)).toEqual({
      top: 52,
      left: 292,
    });
  });

  it('centres the card when its target is missing', () => {
    expect(placeCard(null, card, view)).toEqual({ top: 216, left: 434 });
  });
});
