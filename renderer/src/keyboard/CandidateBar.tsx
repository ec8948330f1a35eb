// Above the keys: the pinyin being typed and its candidates as big buttons, a page at a time; or,
// with nothing typed, the field's frequent entries (surnames, claim words) one tap away.
import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Pinyin } from './use-pinyin';

export interface CandidateBarProps {
  /** Null in the Latin and symbol layouts, which show only the frequent entries. */
  pinyin: Pinyin | null;
  phrases: readonly string[];
  onType(text: string): void;
}

/** Horizontal room a candidate button takes beside its text: padding and border; then the gap after it. */
const CANDIDATE_CHROME_PX = 2 * 16 + 4;
const CANDIDATE_GAP_PX = 8;

/**
 * Pages of candidates as they fit the bar's width: short characters many to a page, long phrases
 * fewer, in the order given. Each page is [first, end).
 */
export function paginate(items: readonly string[], roomPx: number, charPx: number, minPx = 0): Array<[number, number]> {
  const pages: Array<[number, number]> = [];
  let start = 0;
  let used = 0;
  items.forEach((item, index) => {
    const width = Math.max(minPx, [...item].length * charPx + CANDIDATE_CHROME_PX) + CANDIDATE_GAP_PX;
    if (index > start && used + width > roomPx) {
      pages.push([start, index]);
      start = index;
      used = 0;
    }
    used += width;
  });
  if (start < items.length) pages.push([start, items.length]);
  return pages;
}

export function CandidateBar({ pinyin, phrases, onType }: CandidateBarProps) {
  const { t } = useTranslation();
  const composing = !!pinyin?.composition;
  let body;
  if (pinyin && composing) {
    const status = pinyin.status === 'loading' ? t('keyboard.composition.loading') : pinyin.candidates.length === 0 ? t('keyboard.composition.none') : null;
    body = status ? (
      <p className="candidate-bar__status">{status}</p>
    ) : (
      // A new composition starts at its first page.
      <Pages
        key={pinyin.composition}
        label={t('keyboard.candidates.label')}
        items={pinyin.candidates.map((candidate) => candidate.text)}
        onPick={(index) => pinyin.choose(pinyin.candidates[index]!, onType)}
      />
    );
  } else if (phrases.length > 0) {
    body = <Pages label={t('keyboard.candidates.common')} items={phrases} onPick={(index) => onType(phrases[index]!)} />;
  } else if (pinyin) {
    body = <p className="candidate-bar__status">{t('keyboard.composition.hint')}</p>;
  }
  return (
    <div className="candidate-bar" data-composing={composing}>
      {pinyin && <p className="candidate-bar__composition">{pinyin.composition}</p>}
      {body}
    </div>
  );
}

export function Pages({ label, items, onPick }: { label: string; items: readonly string[]; onPick(index: number): void }) {
  const { t } = useTranslation();
  const list = useRef<HTMLDivElement>(null);
  const [room, setRoom] = useState<{ width: number; charPx: number; minPx: number } | null>(null);
  const [page, setPage] = useState(0);

  useLayoutEffect(() => {
    const element = list.current;
    if (!element) return;
    // The candidates' type size follows elder mode; measure it from the bar rather than assume.
    const measure = () => {
      const style = getComputedStyle(element);
      // A one-character button is as wide as a touch target (the candidates' min-width in keyboard.css).
      setRoom({ width: element.clientWidth, charPx: parseFloat(style.fontSize) || 32, minPx: parseFloat(style.getPropertyValue('--target-button')) || 0 });
    };
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const pages = room ? paginate(items, room.width, room.charPx, room.minPx) : [];
  const [first, end] = pages[Math.min(page, pages.length - 1)] ?? [0, 0];
  return (
    <>
      <div ref={list} className="candidate-bar__list" role="group" aria-label={label}>
        {items.slice(first, end).map((item, index) => (
          <button key={item} type="button" tabIndex={-1} lang="zh-CN" className="candidate-bar__candidate" onClick={() => onPick(first + index)}>
            {item}
          </button>
        ))}
      </div>
      <button type="button" tabIndex={-1} className="candidate-bar__page" disabled={page === 0} onClick={() => setPage(page - 1)}>
        {t('keyboard.candidates.previous')}
      </button>
      <button type="button" tabIndex={-1} className="candidate-bar__page" disabled={page >= pages.length - 1} onClick={() => setPage(page + 1)}>
        {t('keyboard.candidates.next')}
      </button>
    </>
  );
}
