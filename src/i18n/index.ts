export { en, type MessageKey } from './en';
export { fr } from './fr';
export {
  initialLanguage,
  isLanguage,
  LANGUAGES,
  languageFromLocale,
  saveLanguage,
  type Language,
} from './language';
export { interpolate, pageLabel, sectionLabel, t, type MessageParams } from './translate';
export { useT, type Translate } from './useT';
