// The pinyin dictionary at run time: fetched as its own chunk the first time Chinese is typed,
// then kept for the life of the app (it holds nothing personal; a visit's choices live elsewhere).
import { PinyinDictionary } from './ime';

let loading: Promise<PinyinDictionary> | null = null;

export function loadDictionary(): Promise<PinyinDictionary> {
  loading ??= import('virtual:kiosk/ime-dictionary')
    .then((module) => PinyinDictionary.parse(module.default))
    .catch((err: unknown) => {
      // A failed load (a damaged install) must not stick: the next focus tries again.
      loading = null;
      throw err;
    });
  return loading;
}
