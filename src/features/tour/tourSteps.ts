import type { Language } from '../../i18n/language';
import { TOUR_TEXT_FR } from './tourStepsFr';

/** What a tour stop says. */
export interface TourText {
  title: string;
  body: string;
}

/** One stop of the console tour: what to point at (a CSS selector) and what to say (in English). */
export interface TourStep extends TourText {
  id: string;
  target: string;
}

export const TOUR_STEPS: TourStep[] = [
  {
    id: 'navigation',
    target: '[data-tour="navigation"]',
    title: 'Services',
    body: 'The side navigation opens each simulated service: Amazon S3, the AWS Glue Data Catalog, Amazon Athena, AWS Lake Formation, IAM and the lab tools.',
  },
  {
    id: 'clock',
    target: '[data-tour="clock"]',
    title: 'Simulated clock',
    body: 'Time here is simulated. Play it, step to the next event, or jump ahead to see crawlers finish, lifecycle rules apply and costs accrue.',
  },
  {
    id: 'principal',
    target: '[data-tour="principal"]',
    title: 'Who you are',
    body: 'The console acts as this IAM principal. Switch to another user or role to see what their policies allow — and what they deny.',
  },
  {
    id: 'cost',
    target: '[data-tour="cost"]',
    title: 'Cost meter',
    body: 'Estimated charges this month, from us-east-1 list prices. No real money is spent.',
  },
  {
    id: 'terminal',
    target: '[data-tour="terminal"]',
    title: 'Terminal',
    body: 'Run AWS CLI commands such as `aws s3 ls` against the same lab the console shows.',
  },
  {
    id: 'lessons',
    target: '[data-tour="navigation"] a[href="#/lessons"]',
    title: 'Course',
    body: 'Guided lessons, checked live as you work, and a self-check quiz at the end of each module.',
  },
  {
    id: 'help',
    // The help panel's toggle, in either language.
    target: 'button[aria-label="Open help panel"], button[aria-label="Ouvrir le panneau d\'aide"]',
    title: 'Help',
    body: 'Help for the page you are on. You can replay this tour from the help panel at any time.',
  },
];

/** A stop's text in the session language; English when a translation is missing. */
export function tourText(step: TourStep, language: Language): TourText {
  const translated = language === 'fr' ? TOUR_TEXT_FR[step.id] : undefined;
  return translated ?? { title: step.title, body: step.body };
}
