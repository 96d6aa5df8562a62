import { describe, expect, it } from 'vitest';
import { HOME_HELP, PAGE_HELP } from './pageHelp';
import { pageHelpFor } from './pageHelpFor';
import { HOME_HELP_FR, PAGE_HELP_FR } from './pageHelpFr';

describe('help panel text', () => {
  it('has French help for every page that has English help, and for no other', () => {
    expect(Object.keys(PAGE_HELP_FR).sort()).toEqual(Object.keys(PAGE_HELP).sort());
  });

  it('has as many French paragraphs as English ones on each page', () => {
    for (const [path, help] of Object.entries(PAGE_HELP))
      expect(PAGE_HELP_FR[path]!.paragraphs, path).toHaveLength(help.paragraphs.length);
    expect(HOME_HELP_FR.paragraphs).toHaveLength(HOME_HELP.paragraphs.length);
  });

  it('answers in the session language, with the home help for a page without its own', () => {
    expect(pageHelpFor('/athena', 'en')).toBe(PAGE_HELP['/athena']);
    expect(pageHelpFor('/athena', 'fr')).toBe(PAGE_HELP_FR['/athena']);
    expect(pageHelpFor(undefined, 'fr')).toBe(HOME_HELP_FR);
    expect(pageHelpFor('/no-help-here', 'en')).toBe(HOME_HELP);
  });
});
