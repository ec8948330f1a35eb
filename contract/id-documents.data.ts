// The identity documents a court accepts from a natural person, as data: the shape of each number
// and where it comes from (docs/RULES.md §4). Here, not in main, so the screens judge a number's shape
// as it is typed by the same patterns main checks it by. The resident ID's checksum is main's
// (main/services/identity/resident-id.ts); the 2023 permanent-residence card uses the same layout and check digit.
import { CHINA, countryOfAlpha3, type CountryCode } from './countries.data';
import type { IdDocumentType } from './shapes';

export interface IdDocumentFormat {
  /** The document's name as the law and the card print it. */
  name: string;
  /** Accepted numbers, upper case, no spaces. */
  patterns: readonly RegExp[];
  /** Where the number's shape is set. */
  source: string;
}

export const ID_DOCUMENT_FORMATS: Record<Exclude<IdDocumentType, 'residentId'>, IdDocumentFormat> = {
  // H (Hong Kong) or M (Macao) and 8 digits; the card also prints a 2-digit renewal count after them.
  hkMacaoPermit: {
    name: '港澳居民来往内地通行证',
    patterns: [/^[HM]\d{8}(\d{2})?$/],
    source: '公安部《港澳居民来往内地通行证》（2012年版，2013年1月2日启用）证件号码编制',
  },
  // The 2015 card keeps one 8-digit number for life; older booklets added a 2-digit issue count.
  taiwanPermit: {
    name: '台湾居民来往大陆通行证',
    patterns: [/^\d{8}(\d{2})?$/],
    source: '公安部《台湾居民来往大陆通行证》（2015年版，2015年9月21日启用）证件号码编制',
  },
  // 2004 card: a 3-letter nationality code and 12 digits (15 characters). The 2023 card (18 characters,
  // first digit 9) is checked like a resident ID: birth date and GB 11643 check digit (main/services/identity/identity-documents.ts).
  foreignPermanentResident: {
    name: '外国人永久居留身份证',
    patterns: [/^[A-Z]{3}\d{12}$/],
    source: '《外国人在中国永久居留审批管理办法》；国家移民管理局公告（2023年第7号）：2023年版外国人永久居留身份证号码18位，首位为9',
  },
  // ICAO Doc 9303: up to 9 characters in the machine-readable zone, longer ones continue in the
  // optional field; letters and digits only, at least one digit (Chinese passports: E/G + 8).
  passport: { name: '护照', patterns: [/^(?=.*\d)[A-Z0-9]{5,17}$/], source: '国际民航组织 Doc 9303《机读旅行证件》；《中华人民共和国护照法》' },
};

/**
 * What a document says of its holder's nationality (国籍): a resident ID's and a permit's holder is a
 * Chinese national (a Hong Kong, Macao or Taiwan resident included); a permanent-residence card's is a
 * foreigner; a passport may be China's or another country's, so its holder is asked. A court's complaint
 * gives 民族 for a Chinese national and 国籍 for a foreigner.
 */
export const NATIONALITY_BY_DOCUMENT: Record<IdDocumentType, 'chinese' | 'foreign' | 'asked'> = {
  residentId: 'chinese',
  hkMacaoPermit: 'chinese',
  taiwanPermit: 'chinese',
  foreignPermanentResident: 'foreign',
  passport: 'asked',
};

/** The 2023 permanent-residence card: 18 characters starting with 9, laid out like a resident ID. */
export const NEW_PERMANENT_RESIDENCE = /^9\d{16}[\dX]$/;

/** A number as the documents print it: upper case, no spaces. */
export const normalisedIdNumber = (input: string): string => input.replace(/\s+/g, '').toUpperCase();

/**
 * Whether a number (normalised) has the shape of a document other than the resident ID. A 2023
 * permanent-residence card's shape is only its layout: its birth date and check digit are main's to judge.
 */
export function hasIdDocumentShape(type: Exclude<IdDocumentType, 'residentId'>, id: string): boolean {
  if (type === 'foreignPermanentResident' && NEW_PERMANENT_RESIDENCE.test(id)) return true;
  return ID_DOCUMENT_FORMATS[type].patterns.some((pattern) => pattern.test(id));
}

/**
 * The nationality a document's number states, where it states one: a permanent-residence card of
 * 2004–2017 begins with its holder's country as three letters (ISO 3166-1 alpha-3, USA…). The 2023 card
 * turned those letters into a numeric code within its 18 digits (国家移民管理局, 新版永居证机读信息规则);
 * it is not read here, and its holder picks 国籍.
 */
export function nationalityInNumber(type: IdDocumentType, idNumber: string): CountryCode | null {
  const id = normalisedIdNumber(idNumber);
  if (type !== 'foreignPermanentResident' || !ID_DOCUMENT_FORMATS.foreignPermanentResident.patterns.some((pattern) => pattern.test(id))) return null;
  const country = countryOfAlpha3(id.slice(0, 3));
  // The card is a foreigner's: CHN is not a nationality it can state.
  return country === CHINA ? null : country;
}
