import { describe, expect, it } from 'vitest';
import { TOUR_STEPS, tourText } from './tourSteps';
import { TOUR_TEXT_FR } from './tourStepsFr';

const codeSpans = (text: string) => text.match(/`[^`]*`/g) ?? [];

describe('tour text', () => {
  it('has French for every stop, and for no other', () => {
    expect(Object.keys(TOUR_TEXT_FR).sort()).toEqual(TOUR_STEPS.map((s) => s.id).sort());
  });

  it('keeps inline code as in English', () => {
    for (const step of TOUR_STEPS)
      expect(codeSpans(tourText(step, 'fr').body), step.id).toEqual(codeSpans(step.body));
  });

  it('answers in the session language', () => {
    const clock = TOUR_STEPS.find((s) => s.id === 'clock')!;
    expect(tourText(clock, 'en').title).toBe('Simulated clock');
    expect(tourText(clock, 'fr').title).toBe('Horloge simulée');
  });
});
