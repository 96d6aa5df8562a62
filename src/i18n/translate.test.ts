import { describe, expect, it } from 'vitest';
import { en } from './en';
import { fr } from './fr';
import { languageFromLocale } from './language';
import { interpolate, pageLabel, sectionLabel, t } from './translate';

describe('i18n catalogue', () => {
  it('has a non-empty French message for every English key, and no extra key', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    for (const [key, message] of Object.entries(fr)) expect(message, key).not.toBe('');
  });

  it('keeps the same placeholders in French as in English', () => {
    const placeholders = (m: string) => (m.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(en) as (keyof typeof en)[])
      expect(placeholders(fr[key]), key).toEqual(placeholders(en[key]));
  });
});

describe('t', () => {
  it('fills each placeholder with its parameter', () => {
    expect(t('en', 'clock.stepAt', { time: '10:00' })).toBe('Step to next event (10:00)');
    expect(t('fr', 'cost.button', { total: '$1.00' })).toBe('Est. $1.00');
  });

  it('leaves a placeholder without parameter as written', () => {
    expect(interpolate('Hello {name} and {other}', { name: 'Ana' })).toBe('Hello Ana and {other}');
  });

  it('answers in the requested language', () => {
    expect(t('en', 'nav.section.Storage')).toBe('Storage');
    expect(t('fr', 'nav.section.Storage')).toBe('Stockage');
  });
});

describe('labels', () => {
  it('translates known pages but keeps AWS service names in English', () => {
    expect(pageLabel('fr', '/lessons', 'Course')).toBe('Cours');
    expect(pageLabel('fr', '/s3', 'Amazon S3')).toBe('Amazon S3');
  });

  it('keeps the English label of a section it does not know', () => {
    expect(sectionLabel('fr', 'Streaming')).toBe('Streaming');
    expect(sectionLabel('fr', 'Security')).toBe('Sécurité');
  });

  it('picks French for any French locale and English otherwise', () => {
    expect(languageFromLocale('fr-CA')).toBe('fr');
    expect(languageFromLocale('en-GB')).toBe('en');
    expect(languageFromLocale(undefined)).toBe('en');
  });
});
