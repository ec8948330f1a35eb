// Judicial fee relief (司法救助) under 《诉讼费用交纳办法》 Arts 44–48, as data: each situation the
// screener asks about, the relief it can bring, who can be in it, and the proof to bring.
// Sources: docs/RULES.md §1. Each list in the law ends with
// a catch-all "other" case.
import type { ReliefGround } from '../../../contract';

export type Relief = 'waive' | 'reduce' | 'defer';

/**
 * Who can be in the situation: a natural person, an organisation (a legal person or other
 * organisation), or either. Art 44 limits only waiver (免交) to natural persons: deferral and
 * reduction are open to organisations, and Art 46(3) names 社会福利机构 and 救助管理站.
 */
export type ReliefApplicant = 'person' | 'organisation' | 'either';

export const RELIEF_GROUNDS: Record<ReliefGround, { relief: Relief; article: string; applicant: ReliefApplicant; proof: string[] }> = {
  // Art 45: 免交 — natural persons only (Art 44, second sentence)
  disabledNoIncome: {
    relief: 'waive',
    article: '《诉讼费用交纳办法》第四十五条第（一）项',
    applicant: 'person',
    proof: ['disabilityCertificate', 'noIncomeProof'],
  },
  supportOrPensionClaim: { relief: 'waive', article: '《诉讼费用交纳办法》第四十五条第（二）项', applicant: 'person', proof: ['claimDocuments'] },
  subsistenceAllowance: {
    relief: 'waive',
    article: '《诉讼费用交纳办法》第四十五条第（三）项',
    applicant: 'person',
    proof: ['allowanceCertificate', 'noOtherIncomeProof'],
  },
  braveAct: { relief: 'waive', article: '《诉讼费用交纳办法》第四十五条第（四）项', applicant: 'person', proof: ['braveActCertificate'] },
  // Art 46: 减交, by at least 30 %. (1) 家庭生产经营难以为继 and (2) 优抚、安置对象 describe people;
  // (3) names two kinds of institution.
  disasterHardship: { relief: 'reduce', article: '《诉讼费用交纳办法》第四十六条第（一）项', applicant: 'person', proof: ['disasterProof', 'hardshipProof'] },
  specialCareRecipient: { relief: 'reduce', article: '《诉讼费用交纳办法》第四十六条第（二）项', applicant: 'person', proof: ['specialCareCertificate'] },
  welfareInstitution: { relief: 'reduce', article: '《诉讼费用交纳办法》第四十六条第（三）项', applicant: 'organisation', proof: ['institutionCertificate'] },
  // Art 47: 缓交. (1)–(3) are claims and help only people bring; (4) is open to anyone.
  socialInsuranceClaim: { relief: 'defer', article: '《诉讼费用交纳办法》第四十七条第（一）项', applicant: 'person', proof: ['claimDocuments'] },
  accidentVictim: { relief: 'defer', article: '《诉讼费用交纳办法》第四十七条第（二）项', applicant: 'person', proof: ['accidentProof', 'hardshipProof'] },
  legalAidRecipient: { relief: 'defer', article: '《诉讼费用交纳办法》第四十七条第（三）项', applicant: 'person', proof: ['legalAidDecision'] },
  otherHardship: { relief: 'defer', article: '《诉讼费用交纳办法》第四十七条第（四）项', applicant: 'either', proof: ['hardshipProof'] },
};

/** Relief is asked for in writing when filing, with proof (Art 48). */
export const APPLICATION_ARTICLE = '《诉讼费用交纳办法》第四十八条';
/** A reduction is at least this share of the fee (Art 46). */
export const MINIMUM_REDUCTION_PERCENT = 30;
