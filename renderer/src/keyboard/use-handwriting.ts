// The handwriting layout's state: the recogniser loaded on first need (its own chunk), the strokes
// of the character being written, and its candidates, recognised again after every stroke.
import { useEffect, useMemo, useState } from 'react';
import { HandwritingRecogniser, type Stroke } from './handwriting';

/** Candidates a written character offers: a page or two of the candidate bar. */
const CANDIDATES = 10;

let loading: Promise<HandwritingRecogniser> | null = null;
function loadRecogniser(): Promise<HandwritingRecogniser> {
  loading ??= import('virtual:kiosk/handwriting')
    .then((module) => HandwritingRecogniser.parse(module.default))
    .catch((err: unknown) => {
      // As the dictionary: a failed load does not stick.
      loading = null;
      throw err;
    });
  return loading;
}

export interface Handwriting {
  status: 'loading' | 'ready' | 'failed';
  strokes: Stroke[];
  candidates: string[];
  addStroke(stroke: Stroke): void;
  clear(): void;
}

export function useHandwriting(active: boolean): Handwriting {
  const [recogniser, setRecogniser] = useState<HandwritingRecogniser | null>(null);
  const [failed, setFailed] = useState(false);
  const [strokes, setStrokes] = useState<Stroke[]>([]);

  useEffect(() => {
    if (!active || recogniser) return;
    let live = true;
    loadRecogniser().then(
      (loaded) => live && setRecogniser(loaded),
      (err: unknown) => {
        console.error('handwriting strokes failed to load', err);
        if (live) setFailed(true);
      },
    );
    return () => {
      live = false;
    };
  }, [active, recogniser]);

  const candidates = useMemo(() => (recogniser ? recogniser.recognise(strokes, CANDIDATES).map((found) => found.character) : []), [recogniser, strokes]);
  return {
    status: recogniser ? 'ready' : failed ? 'failed' : 'loading',
    strokes,
    candidates,
    addStroke: (stroke) => setStrokes((all) => [...all, stroke]),
    clear: () => setStrokes([]),
  };
}
