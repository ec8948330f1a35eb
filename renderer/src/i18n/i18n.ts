// i18next for the renderer. Every locale file under resources/locales/ is bundled, so adding a
// language is adding a folder. Keys read "namespace.path.to.key", the same as main's translator.
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';

type LocaleTree = { [key: string]: string | LocaleTree };

const files = import.meta.glob<LocaleTree>('../../../resources/locales/*/*.json', { eager: true, import: 'default' });

/** zh-CN is written first; any key missing elsewhere falls back to it. */
export const SOURCE_LANGUAGE = 'zh-CN';

const resources: Record<string, Record<string, LocaleTree>> = {};
for (const [path, tree] of Object.entries(files)) {
  const [, language, namespace] = /\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path) ?? [];
  if (language && namespace) (resources[language] ??= {})[namespace] = tree;
}

/** Languages that have a locale folder in this build. */
export const BUNDLED_LANGUAGES: readonly string[] = Object.keys(resources);

/** The terminal's configured languages this build can actually show, in the configured order. */
export const availableLanguages = (configured: readonly string[]): string[] => configured.filter((lng) => BUNDLED_LANGUAGES.includes(lng));

export function createI18n(): I18n {
  const namespaces = [...new Set(Object.values(resources).flatMap((byNs) => Object.keys(byNs)))];
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: SOURCE_LANGUAGE,
    fallbackLng: SOURCE_LANGUAGE,
    ns: namespaces,
    defaultNS: 'common',
    // "errors.storage.full" is key storage.full in errors.json: the namespace is the first segment.
    nsSeparator: '.',
    keySeparator: '.',
    // React escapes what it renders; escaping here would show &amp; to the litigant.
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  // <html lang> drives screen readers and CJK glyph choice; the title is what the OS task list shows.
  const applyToDocument = (language: string) => {
    document.documentElement.lang = language;
    document.title = instance.t('common.appTitle');
  };
  instance.on('languageChanged', applyToDocument);
  applyToDocument(instance.language);
  return instance;
}
