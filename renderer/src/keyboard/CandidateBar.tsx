// Above the keys: the pinyin being typed and its candidates as big buttons, a page at a time; or,
// with nothing typed, the field's frequent entries (surnames, claim words) one tap away.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Pinyin } from './use-pinyin';

export interface CandidateBarProps {
  /** Null in the Latin and symbol layouts, which show only the frequent entries. */
  pinyin: Pinyin | null;
  phrases: readonly string[];
  onType(text: string): void;
}

/** How many candidates fit a page: fewer on a narrow (portrait) screen and with elder mode's larger type. */
function pageSize(): number {
  const elder = document.documentElement.dataset.elder === 'on';
  const fit = Math.floor(window.innerWidth / (elder ? 260 : 210));
  return Math.max(3, Math.min(8, fit - 2));
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
      <Pages key={pinyin.composition} label={t('keyboard.candidates.label')} items={pinyin.candidates.map((candidate) => candidate.text)} onPick={(index) => pinyin.choose(pinyin.candidates[index]!, onType)} />
    );
  } else if (phrases.length > 0) {
    body = <Pages label={t('keyboard.candidates.common')} items={phrases} onPick={(index) => onType(phrases[index]!)} />;
  } else if (pinyin) {
    body = <p className="candidate-bar__status">{t('keyboard.composition.hint')}</p>;
  }
  return (
    <div className="candidate-bar" data-composing={composing}>
      {pinyin && (
        <p className="candidate-bar__composition">
          {pinyin.composition}
        </p>
      )}
      {body}
    </div>
  );
}

function Pages({ label, items, onPick }: { label: string; items: readonly string[]; onPick(index: number): void }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(0);
  const size = pageSize();
  const pages = Math.ceil(items.length / size);
  const first = page * size;
  return (
    <>
      <div className="candidate-bar__list" role="group" aria-label={label}>
        {items.slice(first, first + size).map((item, index) => (
          <button key={item} type="button" tabIndex={-1} lang="zh-CN" className="candidate-bar__candidate" onClick={() => onPick(first + index)}>
            {item}
          </button>
        ))}
      </div>
      <button type="button" tabIndex={-1} className="candidate-bar__page" disabled={page === 0} onClick={() => setPage(page - 1)}>
        {t('keyboard.candidates.previous')}
      </button>
      <button type="button" tabIndex={-1} className="candidate-bar__page" disabled={page >= pages - 1} onClick={() => setPage(page + 1)}>
        {t('keyboard.candidates.next')}
      </button>
    </>
  );
}
