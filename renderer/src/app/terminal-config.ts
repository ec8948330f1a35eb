// The terminal's config as the screens see it: loaded once at start and replaced live whenever
// main announces config.changed, so an admin's change shows without a restart.
import { createContext, useContext } from 'react';
import type { TerminalConfig } from '../../../contract';
import { availableLanguages, SOURCE_LANGUAGE } from '../i18n/i18n';

export const TerminalConfigContext = createContext<TerminalConfig | null>(null);

export function useTerminalConfig(): TerminalConfig {
  const config = useContext(TerminalConfigContext);
  if (!config) throw new Error('useTerminalConfig used outside TerminalConfigContext');
  return config;
}

/** The configured default when this build has it, else the first configured one it has, else zh-CN. */
export function defaultLanguageOf(config: TerminalConfig): string {
  const languages = availableLanguages(config.languages);
  return languages.includes(config.defaultLanguage) ? config.defaultLanguage : (languages[0] ?? SOURCE_LANGUAGE);
}

/** The court's own name in the language on screen; zh-CN is always given. */
export const courtNameIn = (config: TerminalConfig, language: string): string => config.court.name[language] ?? config.court.name['zh-CN'];
