// The languages this terminal offers, each named in itself ("中文", "English") so anyone finds theirs.
import { useTranslation } from 'react-i18next';
import { GlobeIcon } from '../components/icons';
import { availableLanguages } from '../i18n/i18n';
import { useTerminalConfig } from './terminal-config';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const languages = availableLanguages(useTerminalConfig().languages);
  if (languages.length < 2) return null;
  return (
    <div className="language-switch" role="group" aria-label={t('common.languageSwitch.label')}>
      <GlobeIcon size="sm" className="language-switch__icon" />
      {languages.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          className="language-switch__option"
          aria-pressed={language === i18n.language}
          onClick={() => void i18n.changeLanguage(language)}
        >
          {t('language.nativeName', { lng: language })}
        </button>
      ))}
    </div>
  );
}
