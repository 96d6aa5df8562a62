import Box from '@cloudscape-design/components/box';
import Container from '@cloudscape-design/components/container';
import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { markTourSeen, onTourStart, shouldAutoStartTour } from './tourControl';
import { useT } from '../../i18n';
import { placeCard } from './tourPlacement';
import { TOUR_STEPS, tourText } from './tourSteps';

const WIDTH = 440;

/** The console tour: one card per stop, anchored near the element it describes. */
export function OnboardingTour() {
  const [index, setIndex] = useState<number | undefined>(() =>
    shouldAutoStartTour() ? 0 : undefined,
  );
  const { t, language } = useT();
  const dialogRef = useRef<HTMLDivElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => onTourStart(() => setIndex(0)), []);
  const step = index === undefined ? undefined : TOUR_STEPS[index];

  // Placed after render, with the card's real height (longer in French than in English).
  useLayoutEffect(() => {
    const card = dialogRef.current;
    if (!step || !card) return;
    const target = document.querySelector(step.target);
    target?.classList.add('lakelab-tour-target');
    const rect = target?.getBoundingClientRect();
    // A hidden target (the help toggle while the panel is open) has no box: centre the card.
    const { top, left } = placeCard(
      rect && rect.width > 0 && rect.height > 0 ? rect : null,
      { width: WIDTH, height: card.offsetHeight },
      { width: window.innerWidth, height: window.innerHeight },
    );
    Object.assign(card.style, { top: `${top}px`, left: `${left}px` });
    titleRef.current?.focus();
    return () => target?.classList.remove('lakelab-tour-target');
  }, [step, language]);

  if (index === undefined || !step) return null;
  const finish = () => {
    markTourSeen();
    setIndex(undefined);
  };
  const isLast = index === TOUR_STEPS.length - 1;
  const text = tourText(step, language);
  return (
    <div
      ref={dialogRef}
      role="dialog"
      aria-modal="false"
      aria-labelledby="lakelab-tour-title"
      aria-describedby="lakelab-tour-body"
      onKeyDown={(e) => {
        if (e.key === 'Escape') finish();
      }}
      style={{
        position: 'fixed',
        zIndex: 5000,
        width: WIDTH,
        boxShadow: '0 4px 20px rgba(0, 0, 0, 0.35)',
        borderRadius: 16,
      }}
    >
      <style>{`.lakelab-tour-target { outline: 3px solid #ffbf47 !important; outline-offset: 2px; }`}</style>
      <Container>
        <Box>
          <SpaceBetween size="s">
            <Box variant="small">
              {t('tour.stepOf', { step: index + 1, total: TOUR_STEPS.length })}
            </Box>
            <h2 id="lakelab-tour-title" ref={titleRef} tabIndex={-1} style={{ margin: 0 }}>
              {text.title}
            </h2>
            <Box variant="p" id="lakelab-tour-body">
              {text.body}
            </Box>
            <div style={{ display: 'flex', justifyContent: 'space-between', flexWrap: 'wrap' }}>
              <Button variant="link" onClick={finish}>
                {t('tour.skip')}
              </Button>
              <SpaceBetween direction="horizontal" size="xs">
                <Button disabled={index === 0} onClick={() => setIndex(index - 1)}>
                  {t('tour.back')}
                </Button>
                <Button variant="primary" onClick={isLast ? finish : () => setIndex(index + 1)}>
                  {isLast ? t('tour.finish') : t('tour.next')}
                </Button>
              </SpaceBetween>
            </div>
          </SpaceBetween>
        </Box>
      </Container>
    </div>
  );
}
