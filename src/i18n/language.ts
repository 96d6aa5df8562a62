/** The languages the console speaks. English is complete; French covers the shell. */
export type Language = 'en' | 'fr';

export const LANGUAGES: { id: Language; label: string }[] = [
  { id: 'en', label: 'English' },
  { id: 'fr', label: 'Français' },
];

const STORAGE_KEY = 'lakelab.language';

export function isLanguage(value: unknown): value is Language {
  return value === 'en' || value === 'fr';
}

/** The saved choice, else the browser's language (French when it starts with "fr"), else English. */
export function initialLanguage(): Language {
  if (typeof window === 'undefined') return 'en';
  try {
    const saved = window.localStorage.getItem(STORAGE_KEY);
    if (isLanguage(saved)) return saved;
  } catch {
    // Storage may be blocked (private mode): fall back to the browser's language.
  }
  return languageFromLocale(window.navigator?.language);
}

export function languageFromLocale(locale: string | undefined): Language {
  return locale?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/** Remembers the choice in this browser. */
export function saveLanguage(language: Language): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembered when storage is blocked; the language still applies.
  }
}
