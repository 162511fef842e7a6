import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { requestSettings } from '../api/client';
import { messages, type MessageKey } from './messages';

export type Language = 'zh-CN' | 'en';

interface I18n {
  readonly language: Language;
  setLanguage(language: Language): void;
  /** The text of `key` in the current language, `{name}` placeholders filled from `values`. */
  t(key: MessageKey, values?: Record<string, string | number>): string;
  /** Picks the zh-CN or en variant of a text the API sent in both languages. */
  pick(zh: string, en: string): string;
}

const I18nContext = createContext<I18n | null>(null);
const STORAGE_KEY = 'cxzy.language';

const initialLanguage = (): Language => (localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh-CN');

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(initialLanguage);
  requestSettings.language = language;
  const value = useMemo<I18n>(
    () => ({
      language,
      setLanguage(next) {
        localStorage.setItem(STORAGE_KEY, next);
        document.documentElement.lang = next;
        setLanguageState(next);
      },
      t(key, values) {
        const text: string = messages[key][language === 'en' ? 'en' : 'zh'];
        return values ? text.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? '')) : text;
      },
      pick: (zh, en) => (language === 'en' ? en : zh),
    }),
    [language],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
