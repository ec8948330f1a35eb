// Checks a filing draft field by field. Every problem names its path into the draft and a key in
// the complaint namespace, so the screen can put the message beside the field it is about.
import {
  CHINA,
  NATIONALITY_BY_DOCUMENT,
  type Agent,
  type FilingAnswers,
  type FilingConsents,
  type FilingDraft,
  type FilingParty,
  type FilingProblem,
  type NaturalPerson,
  type Organisation,
} from '../../../contract';
import { interestCeiling, percentToHundredths, rateAboveCeiling } from '../cases/interest-ceiling';
import type { LprSeries } from '../cases/lpr-series';
import { checkCreditCode } from '../identity/credit-code';
import { checkIdDocument, idProblemKey } from '../identity/identity-documents';
import { amountToFen, visibleElements } from './answers';
import type { ElementSet } from './element-sets';

const PHONE = /^1\d{10}$|^0\d{2,3}-?\d{7,8}$/;
/** 律师执业证号: 17 digits (司法部《律师执业证书管理办法》). */
const LAWYER_LICENCE = /^\d{17}$/;

type Problems = FilingProblem[];
const error = (path: string, code: string, details?: Record<string, unknown>): FilingProblem => ({
  path,
  severity: 'error',
  code,
  messageKey: `complaint.problems.${code}`,
  ...(details ? { details } : {}),
});
const warning = (path: string, code: string, details?: Record<string, unknown>): FilingProblem => ({ ...error(path, code, details), severity: 'warning' });
const blank = (text: string | null | undefined) => text === null || text === undefined || text.trim() === '';

function realDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return y >= 1900 && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

export function checkAnswers(set: ElementSet, answers: FilingAnswers, today: string, lpr: LprSeries): Problems {
  const problems: Problems = [];
  for (const e of visibleElements(set, answers)) {
    const path = `answers.${e.id}`;
    const answer = answers[e.id];
    if (answer === undefined || answer === '') {
      if (e.required) problems.push(error(path, 'required'));
      continue;
    }
    if (e.type === 'yesNo' ? typeof answer !== 'boolean' : typeof answer !== 'string') {
      problems.push(error(path, 'answerType'));
      continue;
    }
    if (typeof answer === 'boolean') continue;
    if (e.type === 'date' && !realDate(answer)) problems.push(error(path, 'date'));
    else if (e.type === 'date' && answer > today) problems.push(error(path, 'dateInFuture'));
    else if (e.deadline && daysBetween(answer, today) > e.deadline.days)
      problems.push(warning(path, 'deadlinePassed', { days: e.deadline.days, article: e.deadline.article }));
    else if (e.type === 'amount' && amountToFen(answer) === null) problems.push(error(path, 'amount'));
    else if (e.type === 'percent' && (percentToHundredths(answer) === null || percentToHundredths(answer)! > 100_00)) problems.push(error(path, 'percent'));
    else if (e.type === 'choice' && !e.options!.some((o) => o.value === answer)) problems.push(error(path, 'choice'));
    else if (e.interestCeilingOn) {
      const on = answers[e.interestCeilingOn];
      if (typeof on === 'string' && realDate(on) && on <= today) {
        const ceiling = interestCeiling(lpr, on, today);
        if (rateAboveCeiling(answer, ceiling))
          problems.push(warning(path, 'rateAboveCeiling', { ceiling: ceiling.percent, lpr: ceiling.lprPercent, article: ceiling.article }));
      }
    }
  }
  return problems;
}

function checkPhone(path: string, phone: string | null, required: boolean): Problems {
  if (blank(phone)) return required ? [error(path, 'required')] : [];
  return PHONE.test(phone!.trim()) ? [] : [error(path, 'phone')];
}

function checkPerson(path: string, p: NaturalPerson, plaintiff: boolean, asOf: Date): Problems {
  const problems: Problems = [];
  const need = (field: keyof NaturalPerson, value: string | null) => {
    if (blank(value)) problems.push(error(`${path}.${field}`, 'required'));
  };
  need('name', p.name);
  need('address', p.address);
  const idType = p.idType ?? 'residentId';
  const byDocument = NATIONALITY_BY_DOCUMENT[idType];
  if (plaintiff) {
    // The plaintiff identifies themself fully (CPL Art 124(1)); a defendant needs only enough to be found.
    // A Chinese national gives 民族, a foreigner 国籍 (a passport does not say which its holder is).
    need('sex', p.sex);
    need('birthDate', p.birthDate);
    if (byDocument === 'asked' && p.nationality === undefined) problems.push(error(`${path}.nationality`, 'required'));
    if (byDocument === 'chinese' || p.nationality === CHINA) need('ethnicity', p.ethnicity);
    need('idNumber', p.idNumber);
  }
  // A resident ID or a permit is held by a Chinese national only; a permanent-residence card by a foreigner only.
  if (byDocument === 'chinese' && p.nationality !== undefined && p.nationality !== CHINA)
    problems.push(error(`${path}.nationality`, 'nationality.chineseDocument'));
  if (byDocument === 'foreign' && p.nationality === CHINA) problems.push(error(`${path}.nationality`, 'nationality.foreignDocument'));
  problems.push(...checkPhone(`${path}.phone`, p.phone, plaintiff));
  if (p.birthDate !== null && !realDate(p.birthDate)) problems.push(error(`${path}.birthDate`, 'date'));
  if (!blank(p.idNumber)) {
    // Each document by its own shape; only those that encode a birth date and sex are compared with them.
    const id = checkIdDocument(idType, p.idNumber!, asOf);
    if (!id.valid) problems.push(error(`${path}.idNumber`, `idNumber.${idProblemKey(idType, id.problem)}`));
    else if ((p.birthDate !== null && id.birthDate !== null && p.birthDate !== id.birthDate) || (p.sex !== null && id.sex !== null && p.sex !== id.sex))
      problems.push(error(`${path}.idNumber`, idType === 'residentId' ? 'idNumberMismatch' : `idNumber.${idType}.mismatch`));
  }
  return problems;
}

function checkOrganisation(path: string, o: Organisation, plaintiff: boolean): Problems {
  const problems: Problems = [];
  for (const field of ['name', 'representative', 'address'] as const) if (blank(o[field])) problems.push(error(`${path}.${field}`, 'required'));
  problems.push(...checkPhone(`${path}.phone`, o.phone, plaintiff));
  if (blank(o.creditCode)) {
    if (plaintiff) problems.push(error(`${path}.creditCode`, 'required'));
    return problems;
  }
  const code = checkCreditCode(o.creditCode!);
  if (!code.valid) problems.push(error(`${path}.creditCode`, `creditCode.${code.problem}`));
  // Some early real codes fail the check character: ask to re-check, never refuse (docs/RULES.md §4).
  else for (const w of code.warnings) problems.push(warning(`${path}.creditCode`, `creditCode.${w}`));
  return problems;
}

function checkAgent(path: string, a: Agent, asOf: Date): Problems {
  const problems: Problems = [];
  if (blank(a.name)) problems.push(error(`${path}.name`, 'required'));
  problems.push(...checkPhone(`${path}.phone`, a.phone, true));
  if (!blank(a.idNumber)) {
    // A relative may hold any document a party may (a passport, a permit), each checked by its own shape.
    const idType = a.idType ?? 'residentId';
    const id = checkIdDocument(idType, a.idNumber!, asOf);
    if (!id.valid) problems.push(error(`${path}.idNumber`, `idNumber.${idProblemKey(idType, id.problem)}`));
  }
  if (a.kind === 'lawyer') {
    if (blank(a.licenceNo)) problems.push(error(`${path}.licenceNo`, 'required'));
    else if (!LAWYER_LICENCE.test(a.licenceNo!.trim())) problems.push(error(`${path}.licenceNo`, 'lawyerLicence'));
    if (blank(a.lawFirm)) problems.push(error(`${path}.lawFirm`, 'required'));
  } else if (blank(a.relationship)) problems.push(error(`${path}.relationship`, 'required'));
  // Admitting, waiving or changing claims, settling, counterclaiming and appealing need special authority (CPL Art 62).
  if (a.authority === 'special' && a.specialPowers.length === 0) problems.push(error(`${path}.specialPowers`, 'specialPowersMissing'));
  if (a.authority === 'general' && a.specialPowers.length > 0) problems.push(error(`${path}.specialPowers`, 'specialPowersNeedSpecial'));
  return problems;
}

export function checkParties(parties: readonly FilingParty[], asOf: Date): Problems {
  const problems: Problems = [];
  for (const role of ['plaintiff', 'defendant'] as const) if (!parties.some((p) => p.role === role)) problems.push(error('parties', `${role}Missing`));
  if (new Set(parties.map((p) => p.id)).size !== parties.length) problems.push(error('parties', 'partyIdsRepeated'));
  for (const [i, p] of parties.entries()) {
    const path = `parties.${i}.party`;
    const plaintiff = p.role === 'plaintiff';
    problems.push(...(p.party.kind === 'person' ? checkPerson(path, p.party, plaintiff, asOf) : checkOrganisation(path, p.party, plaintiff)));
    if (p.agent) problems.push(...checkAgent(`parties.${i}.agent`, p.agent, asOf));
  }
  return problems;
}

export function checkConsents(consents: FilingConsents | null): Problems {
  if (consents === null) return [error('consents', 'consentsMissing')];
  const problems: Problems = [];
  const { serviceAddress } = consents;
  for (const field of ['recipient', 'address'] as const) if (blank(serviceAddress[field])) problems.push(error(`consents.serviceAddress.${field}`, 'required'));
  problems.push(...checkPhone('consents.serviceAddress.phone', serviceAddress.phone, true));
  // The confirmation is signed: papers sent there count as served (法发〔2017〕19号, on service of civil process).
  if (!serviceAddress.confirmed) problems.push(error('consents.serviceAddress.confirmed', 'serviceAddressUnconfirmed'));
  return problems;
}

export function checkTexts(draft: Pick<FilingDraft, 'claims' | 'facts' | 'evidence'>): Problems {
  const problems: Problems = [];
  if (draft.claims !== null) {
    if (draft.claims.length === 0) problems.push(error('claims', 'claimsEmpty'));
    for (const [i, c] of draft.claims.entries()) if (blank(c)) problems.push(error(`claims.${i}`, 'required'));
  }
  if (draft.facts !== null && blank(draft.facts)) problems.push(error('facts', 'required'));
  for (const [i, e] of draft.evidence.entries()) if (blank(e.name)) problems.push(error(`evidence.${i}.name`, 'required'));
  if (new Set(draft.evidence.map((e) => e.id)).size !== draft.evidence.length) problems.push(error('evidence', 'evidenceIdsRepeated'));
  if (draft.evidence.length === 0) problems.push(warning('evidence', 'noEvidence'));
  return problems;
}
