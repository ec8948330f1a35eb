// The console's languages: its strings live with the kiosk's in resources/locales/<lng>/hubConsole.json,
// so one test keeps zh-CN and en complete for both.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

const files = import.meta.glob<Record<string, unknown>>('../../../resources/locales/*/hubConsole.json', { eager: true, import: 'default' });
const resources = Object.fromEntries(Object.entries(files).map(([path, tree]) => [path.split('/').at(-2)!, { translation: tree }]));

export const LANGUAGES = ['zh-CN', 'en'] as const;
const saved = localStorage.getItem('hub-console-language');

void i18next.use(initReactI18next).init({
  resources,
  lng: saved && (LANGUAGES as readonly string[]).includes(saved) ? saved : 'zh-CN',
  fallbackLng: 'zh-CN',
  interpolation: { escapeValue: false },
});

export function setLanguage(language: string): void {
  localStorage.setItem('hub-console-language', language);
  document.documentElement.lang = language;
  void i18next.changeLanguage(language);
}

document.documentElement.lang = i18next.language;
