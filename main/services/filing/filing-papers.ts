// The papers of a submitted filing, from what was filed: the complaint and the bundle (address for
// service + evidence list, then the scanned pages) in Chinese for the court, and the filing receipt
// in the litigant's language. Nothing here decides law: it only lays the filing out on paper.
import { CHINA, countryName, type FilingParty, type IdDocumentType, type PrintJob } from '../../../contract';
import type { CaseTypeCatalogue } from '../cases/catalogue';
import { courtDate } from '../clock';
import type { Translate } from '../i18n/translator';
import type { ScannedPage } from '../receipts/blocks';
import type { RenderedDocument } from '../receipts/receipt-service';
import type { StoredPage } from './evidence-store';
import type { FiledCase } from './filing-service';

/** The court's papers are in its language (CPL Art 11: the commonly used language of the locality). */
export const COURT_LANGUAGE = 'zh-CN';

type DocumentParty = {
  type: 'person' | 'organisation';
  name: string;
  gender?: 'male' | 'female';
  birthDate?: string;
  ethnicity?: string;
  nationality?: string;
  idType?: IdDocumentType;
  idNumber?: string;
  representative?: string;
  address: string;
  phone: string;
};

/** The ID card prints 汉, a complaint writes 汉族. */
const ethnicityAsWritten = (e: string) => (/^[\u4e00-\u9fff]+$/.test(e) && !e.endsWith('族') ? `${e}族` : e);

function documentParty({ party: p }: FilingParty): DocumentParty {
  if (p.kind === 'organisation') {
    return {
      type: 'organisation',
      name: p.name,
      address: p.address,
      phone: p.phone ?? '',
      representative: p.representative,
      ...(p.creditCode ? { idNumber: p.creditCode } : {}),
    };
  }
  return {
    type: 'person',
    name: p.name,
    address: p.address,
    phone: p.phone ?? '',
    ...(p.sex ? { gender: p.sex } : {}),
    ...(p.birthDate ? { birthDate: p.birthDate } : {}),
    // A foreigner's complaint line gives 国籍 where a Chinese national's gives 民族.
    ...(p.nationality && p.nationality !== CHINA
      ? { nationality: countryName(p.nationality, COURT_LANGUAGE) }
      : p.ethnicity
        ? { ethnicity: ethnicityAsWritten(p.ethnicity) }
        : {}),
    ...(p.idNumber ? { idNumber: p.idNumber, ...(p.idType && p.idType !== 'residentId' ? { idType: p.idType } : {}) } : {}),
  };
}

const inRole = (filed: FiledCase, role: FilingParty['role']) => filed.parties.filter((p) => p.role === role);

export function complaintInput(filed: FiledCase, catalogue: CaseTypeCatalogue, timeZone: string) {
  return {
    documentNo: filed.receiptNo,
    caseType: catalogue.get(filed.caseType).name[COURT_LANGUAGE],
    plaintiffs: inRole(filed, 'plaintiff').map(documentParty),
    defendants: inRole(filed, 'defendant').map(documentParty),
    thirdParties: inRole(filed, 'thirdParty').map(documentParty),
    agents: filed.parties.flatMap((p) =>
      p.agent
        ? [
            {
              party: p.party.name,
              kind: p.agent.kind,
              name: p.agent.name,
              ...(p.agent.lawFirm ? { lawFirm: p.agent.lawFirm } : {}),
              ...(p.agent.licenceNo ? { licenceNo: p.agent.licenceNo } : {}),
              ...(p.agent.relationship ? { relationship: p.agent.relationship } : {}),
              specialPowers: p.agent.authority === 'special' ? p.agent.specialPowers : [],
            },
          ]
        : [],
    ),
    claims: filed.claims,
    facts: filed.facts,
    evidence: filed.evidence.map((e) => ({ name: e.name, source: e.source, purpose: e.purpose })),
    signaturePng: filed.signaturePng,
    signedOn: courtDate(new Date(filed.submittedAt), timeZone),
    ...(filed.court.crossRegion ? { crossRegionCourt: filed.court.name[COURT_LANGUAGE] } : {}),
    ...(filed.assistedBy ? { assistedBy: filed.assistedBy } : {}),
  };
}

export function bundleInput(filed: FiledCase, pages: readonly StoredPage[], catalogue: CaseTypeCatalogue, timeZone: string) {
  const service = filed.consents!;
  return {
    receiptNo: filed.receiptNo,
    caseType: catalogue.get(filed.caseType).name[COURT_LANGUAGE],
    court: filed.court.name[COURT_LANGUAGE],
    service: {
      recipient: service.serviceAddress.recipient,
      address: service.serviceAddress.address,
      phone: service.serviceAddress.phone,
      electronic: service.electronicService,
      mediation: service.mediation,
    },
    evidence: filed.evidence.map((e) => ({ name: e.name, source: e.source, purpose: e.purpose, pages: pages.filter((p) => p.evidenceId === e.id).length })),
    signaturePng: filed.signaturePng,
    signedOn: courtDate(new Date(filed.submittedAt), timeZone),
  };
}

/** The receipt in the litigant's language; `t` reads the complaint namespace (the names of the papers). */
export function receiptInput(filed: FiledCase, catalogue: CaseTypeCatalogue, language: string, t: Translate) {
  const names = (role: FilingParty['role']) => inRole(filed, role).map((p) => p.party.name);
  return {
    receiptNo: filed.receiptNo,
    caseType: catalogue.get(filed.caseType).name[language] ?? catalogue.get(filed.caseType).name[COURT_LANGUAGE],
    plaintiffs: names('plaintiff'),
    defendants: names('defendant'),
    claimAmountFen: filed.claimAmountFen,
    court: { name: filed.court.name[language] ?? filed.court.name[COURT_LANGUAGE], crossRegion: filed.court.crossRegion },
    submittedBy: names('plaintiff')[0]!,
    ...(filed.assistedBy ? { assistedBy: filed.assistedBy } : {}),
    submittedAt: filed.submittedAt,
    materials: [
      // One copy for the court and one for each other party (CPL Art 123).
      { name: t('complaint.papers.complaint'), copies: 1 + names('defendant').length + names('thirdParty').length },
      { name: t('complaint.papers.bundle'), copies: 1 },
      ...filed.evidence.map((e) => ({ name: e.name, copies: 1 })),
    ],
  };
}

/** Evidence pages in the order of the evidence list, each labelled item-page as the list says. */
export function orderedPages(filed: FiledCase, pages: readonly StoredPage[]): ScannedPage[] {
  return filed.evidence.flatMap((e, i) =>
    pages
      .filter((p) => p.evidenceId === e.id)
      .map((page, n) => ({ label: `${i + 1}-${n + 1}`, mime: page.mime, width: page.width, height: page.height, data: page.data })),
  );
}

export interface FilingPrintDeps {
  filed: (filingId: string) => Promise<FiledCase>;
  filingPages: (filingId: string) => Promise<StoredPage[]>;
  catalogue: CaseTypeCatalogue;
  timeZone: () => Promise<string>;
  /** The complaint namespace's texts in a language. */
  translator: (language: string) => Translate;
  /** `appendix`: scanned pages after the document, numbered with it. */
  render: (
    kind: 'complaint' | 'filing-bundle' | 'filing-receipt',
    input: unknown,
    language: string,
    issuedAt: Date,
    appendix?: readonly ScannedPage[],
  ) => Promise<RenderedDocument>;
  print: (doc: RenderedDocument) => Promise<PrintJob>;
}

/**
 * Prints a submitted filing: the receipt on the roll for the litigant, then the complaint and the
 * bundle on A4 for the court. Dated at submission, so a reprint carries the same verification code.
 */
export async function printFiling(deps: FilingPrintDeps, filingId: string, language: string): Promise<PrintJob[]> {
  const filed = await deps.filed(filingId);
  const issuedAt = new Date(filed.submittedAt);
  // The receipt first: the litigant is waiting at the printer for it, and the A4 papers (the bundle
  // with every scanned page) take several times as long to render on main's one thread.
  const receipt = await deps.render('filing-receipt', receiptInput(filed, deps.catalogue, language, deps.translator(language)), language, issuedAt);
  const receiptJob = await deps.print(receipt);
  const pages = await deps.filingPages(filingId);
  const timeZone = await deps.timeZone();
  const complaint = await deps.render('complaint', complaintInput(filed, deps.catalogue, timeZone), COURT_LANGUAGE, issuedAt);
  // The scans are part of the bundle: its page numbers count them (共 N 页 on every sheet).
  const bundle = await deps.render('filing-bundle', bundleInput(filed, pages, deps.catalogue, timeZone), COURT_LANGUAGE, issuedAt, orderedPages(filed, pages));
  return [receiptJob, await deps.print(complaint), await deps.print(bundle)];
}
