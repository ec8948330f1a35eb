// Judicial fee relief (司法救助) under 《诉讼费用交纳办法》 Arts 44–48, as data: each situation the
// screener asks about, the relief it can bring, and the proof to bring. Natural persons only (Art 44).
// Sources: docs/RULES.md §1. Each list in the law ends with a catch-all "other" case.
import type { ReliefGround } from '../../../contract';

export type Relief = 'waive' | 'reduce' | 'defer';

export const RELIEF_GROUNDS: Record<ReliefGround, { relief: Relief; article: string; proof: string[] }> = {
  // Art 45: 免交
  disabledNoIncome: { relief: 'waive', article: '《诉讼费用交纳办法》第四十五条第（一）项', proof: ['disabilityCertificate', 'noIncomeProof'] },
  supportOrPensionClaim: { relief: 'waive', article: '《诉讼费用交纳办法》第四十五条第（二）项', proof: ['claimDocuments'] },
  subsistenceAllowance: { relief: 'waive', article: '《诉讼费用交纳办法》第四十五条第（三）项', proof: ['allowanceCertificate', 'noOtherIncomeProof'] },
  braveAct: { relief: 'waive', article: '《诉讼费用交纳办法》第四十五条第（四）项', proof: ['braveActCertificate'] },
  // Art 46: 减交, by at least 30 %
  disasterHardship: { relief: 'reduce', article: '《诉讼费用交纳办法》第四十六条第（一）项', proof: ['disasterProof', 'hardshipProof'] },
  specialCareRecipient: { relief: 'reduce', article: '《诉讼费用交纳办法》第四十六条第（二）项', proof: ['specialCareCertificate'] },
  welfareInstitution: { relief: 'reduce', article: '《诉讼费用交纳办法》第四十六条第（三）项', proof: ['institutionCertificate'] },
  // Art 47: 缓交
  socialInsuranceClaim: { relief: 'defer', article: '《诉讼费用交纳办法》第四十七条第（一）项', proof: ['claimDocuments'] },
  accidentVictim: { relief: 'defer', article: '《诉讼费用交纳办法》第四十七条第（二）项', proof: ['accidentProof', 'hardshipProof'] },
  legalAidRecipient: { relief: 'defer', article: '《诉讼费用交纳办法》第四十七条第（三）项', proof: ['legalAidDecision'] },
  otherHardship: { relief: 'defer', article: '《诉讼费用交纳办法》第四十五至四十七条（其他情形）', proof: ['hardshipProof'] },
};

/** Relief is asked for in writing when filing, with proof (Art 48). */
export const APPLICATION_ARTICLE = '《诉讼费用交纳办法》第四十八条';
/** A reduction is at least this share of the fee (Art 46). */
export const MINIMUM_REDUCTION_PERCENT = 30;
