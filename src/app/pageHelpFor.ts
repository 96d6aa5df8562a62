import type { Language } from '../i18n/language';
import { HOME_HELP, PAGE_HELP, type PageHelp } from './pageHelp';
import { HOME_HELP_FR, PAGE_HELP_FR } from './pageHelpFr';

/** The help for a page (by its feature's route prefix) in a language; English when untranslated. */
export function pageHelpFor(featurePath: string | undefined, language: Language): PageHelp {
  const english = featurePath ? PAGE_HELP[featurePath] : undefined;
  if (language !== 'fr') return english ?? HOME_HELP;
  if (!english) return HOME_HELP_FR;
  return (featurePath && PAGE_HELP_FR[featurePath]) || english;
}
