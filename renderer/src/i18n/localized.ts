// Texts the court configures in several languages (organisation names, dispute types): the one for
// the language on screen, else the zh-CN one, which is always given.
import type { LocalizedText } from '../../../contract';

export const inLanguage = (text: LocalizedText, language: string): string => text[language] ?? text['zh-CN'];
