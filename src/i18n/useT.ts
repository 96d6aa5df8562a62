import { useCallback } from 'react';
import { useLake } from '../store';
import type { MessageKey } from './en';
import type { Language } from './language';
import { t, type MessageParams } from './translate';

export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** The current language from the session, and `t` bound to it. */
export function useT(): { t: Translate; language: Language } {
  const language = useLake((s) => s.language);
  const bound = useCallback<Translate>((key, params) => t(language, key, params), [language]);
  return { t: bound, language };
}
