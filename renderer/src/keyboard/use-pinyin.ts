// The pinyin being composed for the Chinese layout: letters typed, the dictionary loaded on first
// need, candidates for what is typed, and choosing one — which types it and keeps the rest of the
// letters for the next choice, as 张 then 建国 for "zhangjianguo".
import { useCallback, useEffect, useMemo, useState } from 'react';
import { loadDictionary, type LoadedDictionary } from './dictionary';
import type { FieldContent } from './field-words.data';
import { SEPARATOR, type Candidate } from './ime';
import { Ranking, type VisitVocabulary } from './ranking';

/** Longer than any phrase a litigant types at once; past it, letters are ignored. */
const MAX_COMPOSITION = 40;

export type DictionaryStatus = 'loading' | 'ready' | 'failed';

export interface Pinyin {
  composition: string;
  status: DictionaryStatus;
  candidates: Candidate[];
  type(letter: string): void;
  separate(): void;
  backspace(): void;
  /** Chooses a candidate: types it through `typeText`, learns it, keeps the letters it did not use. */
  choose(candidate: Candidate, typeText: (text: string) => void): void;
  commitFirst(typeText: (text: string) => void): void;
  /** Empties the composition and gives back its letters, for typing them as they are. */
  takeRaw(): string;
  /** Words that often follow what was just typed (联想), once the dictionary is there. */
  followOns(typed: string): string[];
}

export function usePinyin(active: boolean, content: FieldContent, vocabulary: VisitVocabulary): Pinyin {
  const [dictionary, setDictionary] = useState<LoadedDictionary | null>(null);
  const [status, setStatus] = useState<DictionaryStatus>('loading');
  const [composition, setComposition] = useState('');
  // The pieces chosen for one run of letters, learnt together as one phrase when the run is used up.
  const [pieces, setPieces] = useState<Candidate[]>([]);
  const [learnt, setLearnt] = useState(0);

  useEffect(() => {
    if (!active || dictionary) return;
    let live = true;
    setStatus('loading');
    loadDictionary().then(
      (loaded) => {
        if (!live) return;
        setDictionary(loaded);
        setStatus('ready');
      },
      (err: unknown) => {
        console.error('pinyin dictionary failed to load', err);
        if (live) setStatus('failed');
      },
    );
    return () => {
      live = false;
    };
  }, [active, dictionary]);

  const candidates = useMemo(
    () => (dictionary && composition ? dictionary.dictionary.candidates(composition, Ranking.forField(dictionary.fieldWords, content, vocabulary)) : []),
    // `learnt` changes when the vocabulary does, which the memo cannot see inside it.
    [dictionary, composition, content, vocabulary, learnt],
  );

  const choose = useCallback(
    (candidate: Candidate, typeText: (text: string) => void) => {
      typeText(candidate.text);
      vocabulary.learn(candidate.text, candidate.syllables);
      const rest = composition.slice(candidate.consumed).replace(new RegExp(`^${SEPARATOR}+`), '');
      const chosen = [...pieces, candidate];
      if (!rest && chosen.length > 1)
        vocabulary.learn(
          chosen.map((piece) => piece.text).join(''),
          chosen.flatMap((piece) => piece.syllables),
        );
      setPieces(rest ? chosen : []);
      setComposition(rest);
      setLearnt((count) => count + 1);
    },
    [composition, pieces, vocabulary],
  );

  return {
    composition,
    status,
    candidates,
    type: (letter) => setComposition((typed) => (typed.length < MAX_COMPOSITION ? typed + letter : typed)),
    separate: () => setComposition((typed) => (typed && !typed.endsWith(SEPARATOR) ? typed + SEPARATOR : typed)),
    backspace: () => {
      setComposition((typed) => typed.slice(0, -1));
      setPieces([]);
    },
    choose,
    commitFirst: (typeText) => {
      const first = candidates[0];
      if (first) choose(first, typeText);
    },
    takeRaw: () => {
      const raw = composition.replaceAll(SEPARATOR, '');
      setComposition('');
      setPieces([]);
      return raw;
    },
    followOns: (typed) => dictionary?.dictionary.followOns(typed, Ranking.forField(dictionary.fieldWords, content, vocabulary)) ?? [],
  };
}
