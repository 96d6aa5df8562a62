import { describe, expect, it } from 'vitest';
import {
  CONSOLE_BESIDE_SIDE_PANEL,
  lessonPanelWidth,
  SPLIT_PANEL_MIN_WIDTH,
} from './lessonPanelLayout';

describe('lessonPanelWidth', () => {
  it('keeps the chosen width when the page is not zoomed (AppLayout limits it itself)', () => {
    expect(lessonPanelWidth(360, 1024, 1)).toBe(360);
  });

  it('cuts the panel to the room left beside the console at 1280 px zoomed 1.3 (985 page pixels)', () => {
    expect(lessonPanelWidth(360, 1280, 1.3)).toBe(
      Math.floor(1280 / 1.3 - CONSOLE_BESIDE_SIDE_PANEL),
    );
    expect(lessonPanelWidth(360, 1280, 1.3)).toBeLessThan(360);
  });

  it('keeps the chosen width on a wide zoomed window', () => {
    expect(lessonPanelWidth(360, 1920, 1.3)).toBe(360);
  });

  it('never goes under the split panel minimum, even on a narrow zoomed window', () => {
    expect(lessonPanelWidth(360, 1024, 1.3)).toBe(SPLIT_PANEL_MIN_WIDTH);
  });
});
