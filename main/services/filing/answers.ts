// Reading element answers: which elements a draft shows, and amounts as integer fen.
import type { FilingAnswers } from '../../../contract';
import type { ElementDefinition, ElementSet } from './element-sets';

/** Yuan as decimal text ("120000", "99.5") → fen; null when it is not a plain amount. */
export function amountToFen(text: string): number | null {
  const match = /^(\d{1,12})(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/** The elements asked on this draft's branch: an element whose showIf fails is not asked, nor are those after it that hang on it. */
export function visibleElements(set: ElementSet, answers: FilingAnswers): ElementDefinition[] {
  const shown = new Set<string>();
  return set.elements.filter((e) => {
    const visible = !e.showIf || (shown.has(e.showIf.element) && answers[e.showIf.element] === e.showIf.is);
    if (visible) shown.add(e.id);
    return visible;
  });
}
