// The identity documents a court accepts from a natural person, as data: the shape of each number
// and where it comes from (docs/RULES.md §4). The resident ID has its own checksum
// module (resident-id.ts); the 2023 permanent-residence card uses the same layout and check digit.
import type { IdDocumentType } from '../../../contract';

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
  // first digit 9) is checked like a resident ID: birth date and GB 11643 check digit (identity-documents.ts).
  foreignPermanentResident: {
    name: '外国人永久居留身份证',
    patterns: [/^[A-Z]{3}\d{12}$/],
    source: '《外国人在中国永久居留审批管理办法》；国家移民管理局公告（2023年第7号）：2023年版外国人永久居留身份证号码18位，首位为9',
  },
  // ICAO Doc 9303: up to 9 characters in the machine-readable zone, longer ones continue in the
  // optional field; letters and digits only, at least one digit (Chinese passports: E/G + 8).
  passport: { name: '护照', patterns: [/^(?=.*\d)[A-Z0-9]{5,17}$/], source: '国际民航组织 Doc 9303《机读旅行证件》；《中华人民共和国护照法》' },
};
