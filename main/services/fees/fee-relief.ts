// The fee-relief screener: maps the litigant's situation to the relief the law may allow and the
// proof to bring. The court decides; the screen says "may", never "will".
import type { ReliefAnswer, ReliefGround } from '../../../contract';
import { APPLICATION_ARTICLE, MINIMUM_REDUCTION_PERCENT, RELIEF_GROUNDS, type Relief } from './fee-relief.data';

const STRENGTH: Relief[] = ['waive', 'reduce', 'defer'];

export function screenFeeRelief(naturalPerson: boolean, grounds: ReliefGround[]): ReliefAnswer {
  // Art 44: judicial relief is for natural persons only; a company or organisation cannot apply.
  if (!naturalPerson) return { eligible: false, reason: 'notNaturalPerson', options: [], proof: [], applicationArticle: APPLICATION_ARTICLE };
  if (grounds.length === 0) return { eligible: false, reason: 'noGround', options: [], proof: [], applicationArticle: APPLICATION_ARTICLE };
  const options = [...new Set(grounds.map((g) => RELIEF_GROUNDS[g].relief))]
    .sort((a, b) => STRENGTH.indexOf(a) - STRENGTH.indexOf(b))
    .map((relief) => ({
      relief,
      articles: [...new Set(grounds.filter((g) => RELIEF_GROUNDS[g].relief === relief).map((g) => RELIEF_GROUNDS[g].article))],
      ...(relief === 'reduce' ? { minimumPercent: MINIMUM_REDUCTION_PERCENT } : {}),
    }));
  const proof = [...new Set(grounds.flatMap((g) => RELIEF_GROUNDS[g].proof))];
  return { eligible: true, reason: null, options, proof, applicationArticle: APPLICATION_ARTICLE };
}
