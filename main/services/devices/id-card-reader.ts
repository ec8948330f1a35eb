// The resident ID card reader (居民身份证阅读器, GB 21658): the litigant lays the card on it and
// the chip gives name, sex, ethnicity, birth date, address, number and photo. One interface for
// the real reader's adapter and the simulator.
import type { IdCard } from '../../../contract';
import { KioskError } from '../errors';

export interface IdCardData {
  name: string;
  sex: 'male' | 'female';
  /** As printed, e.g. 汉 (the card leaves out 族). */
  ethnicity: string;
  birthDate: string;
  address: string;
  idNumber: string;
  photoPng: Buffer;
}

export interface IdCardReader {
  /** Waits up to timeoutMs for a card; refuses when unplugged, when no card comes, or the chip cannot be read. */
  read(timeoutMs: number): Promise<IdCardData>;
}

export const idReaderUnplugged = () => new KioskError('ID_READER_UNPLUGGED', 'complaint.errors.idReaderUnplugged');
export const idCardTimeout = () => new KioskError('ID_CARD_TIMEOUT', 'complaint.errors.idCardTimeout');
export const idCardUnreadable = () => new KioskError('ID_CARD_UNREADABLE', 'complaint.errors.idCardUnreadable');

/** How long the screen waits for the litigant to lay the card down. */
export const ID_CARD_WAIT_MS = 20_000;

/** What the screen is given: the photo as a data: URL, the rest as read. */
export function idCardForScreen({ photoPng, ...card }: IdCardData): IdCard {
  return { ...card, photo: `data:image/png;base64,${photoPng.toString('base64')}` };
}
