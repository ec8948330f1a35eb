// The fee-relief screener: maps the litigant's situation to the relief the law may allow and the
// proof to bring. The court decides; the screen says "may", never "will".
import type { ReliefAnswer, ReliefGround } from '../../../contract';
import { APPLICATION_ARTICLE, MINIMUM_REDUCTION_PERCENT, RELIEF_GROUNDS, type Relief } from './fee-relief.data';

const STRENGTH: Relief[] = ['waive', 'reduce', 'defer'];

/** The situations a natural person, or an organisation, can be in (Arts 44–47). */
export function reliefGroundsFor(naturalPerson: boolean): ReliefGround[] {
  const who = naturalPerson ? 'person' : 'organisation';
  return (Object.keys(RELIEF_GROUNDS) as ReliefGround[]).filter((g) => [who, 'either'].includes(RELIEF_GROUNDS[g].applicant));
}

/** Each situation asked about, the relief and article it stands for, and whether it is open to this applicant (Art 44). */
export function reliefGroundsExplained(naturalPerson: boolean, asked: ReliefGround[]) {
  const open = reliefGroundsFor(naturalPerson);
  return asked.map((ground) => ({ ground, relief: RELIEF_GROUNDS[ground].relief, article: RELIEF_GROUNDS[ground].article, open: open.includes(ground) }));
}

export function screenFeeRelief(naturalPerson: boolean, asked: ReliefGround[]): ReliefAnswer {
  // Art 44 keeps waiver for natural persons; an organisation may still have deferral or reduction.
  const open = reliefGroundsFor(naturalPerson);
  const grounds = asked.filter((g) => open.includes(g));
  if (grounds.length === 0)
    return {
      eligible: false,
      reason: asked.length > 0 && !naturalPerson ? 'notNaturalPerson' : 'noGround',
      options: [],
      proof: [],
      applicationArticle: APPLICATION_ARTICLE,
      openGrounds: open,
    };
  const options = [...new Set(grounds.map((g) => RELIEF_GROUNDS[g].relief))]
    .sort((a, b) => STRENGTH.indexOf(a) - STRENGTH.indexOf(b))
    .map((relief) => ({
      relief,
      articles: [...new Set(grounds.filter((g) => RELIEF_GROUNDS[g].relief === relief).map((g) => RELIEF_GROUNDS[g].article))],
      ...(relief === 'reduce' ? { minimumPercent: MINIMUM_REDUCTION_PERCENT } : {}),
    }));
  const proof = [...new Set(grounds.flatMap((g) => RELIEF_GROUNDS[g].proof))];
  return { eligible: true, reason: null, options, proof, applicationArticle: APPLICATION_ARTICLE, openGrounds: open };
}
