// The pinyin dictionary at run time: fetched as its own chunk the first time Chinese is typed,
// then kept for the life of the app (it holds nothing personal; a visit's choices live elsewhere).
import { PinyinDictionary } from './ime';
import type { FieldFrequencies } from './ranking';

export interface LoadedDictionary {
  dictionary: PinyinDictionary;
  fieldWords: FieldFrequencies;
}

let loading: Promise<LoadedDictionary> | null = null;

export function loadDictionary(): Promise<LoadedDictionary> {
  loading ??= import('virtual:kiosk/ime-dictionary')
    .then(({ default: data }) => ({ dictionary: PinyinDictionary.parse(data.dictionary), fieldWords: data.fieldWords }))
    .catch((err: unknown) => {
      // A failed load (a damaged install) must not stick: the next focus tries again.
      loading = null;
      throw err;
    });
  return loading;
}
