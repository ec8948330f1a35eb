// An ID card reader that behaves like one: it can be unplugged, a read waits for a card and gives
// up after the timeout, a scratched chip cannot be read. In demo mode nobody can lay a real card
// on a browser, so a fictional sample card "arrives" after a moment unless a test steers it.
import { blankRaster, encodePng, fillRect } from './scanner-png';
import { idCardTimeout, idCardUnreadable, idReaderUnplugged, type IdCardData, type IdCardReader } from './id-card-reader';

/** Wholly fictional; the number passes the GB 11643 checksum so the filing can be completed with it. */
export const SAMPLE_ID_CARD: Omit<IdCardData, 'photoPng'> = {
  name: '李晓华',
  sex: 'female',
  ethnicity: '汉',
  birthDate: '1986-04-12',
  address: '广东省示范市江海区滨江路88号3栋1201房',
  idNumber: '440703198604120026',
};

/** A head-and-shoulders silhouette on the card's pale background, 102 × 126 as the chip stores it. */
function samplePhoto(): Buffer {
  const r = blankRaster(102, 126, 3, [236, 240, 246]);
  fillRect(r, 36, 22, 30, 38, [70, 70, 80]);
  fillRect(r, 18, 66, 66, 60, [50, 60, 90]);
  return encodePng(r);
}

export interface IdCardReaderSimulatorOptions {
  /** Demo mode: after this long a sample card is on the reader; null: only a card a test presents. */
  sampleCardAfterMs?: number | null;
}

export class IdCardReaderSimulator implements IdCardReader {
  private plugged = true;
  private card: IdCardData | 'unreadable' | null = null;
  private readonly waiting = new Set<() => void>();

  constructor(private readonly options: IdCardReaderSimulatorOptions = {}) {}

  unplug(): void {
    this.plugged = false;
  }
  plugIn(): void {
    this.plugged = true;
  }
  /** Lays a card on the reader (a test's own, or the sample); 'unreadable' is a damaged chip. */
  present(card: Partial<IdCardData> | 'unreadable' = {}): void {
    this.card = card === 'unreadable' ? card : { ...SAMPLE_ID_CARD, photoPng: samplePhoto(), ...card };
    for (const wake of this.waiting) wake();
  }
  remove(): void {
    this.card = null;
  }

  async read(timeoutMs: number): Promise<IdCardData> {
    if (!this.plugged) throw idReaderUnplugged();
    const sampleAfter = this.options.sampleCardAfterMs === undefined ? 1500 : this.options.sampleCardAfterMs;
    const card = await new Promise<IdCardData | 'unreadable' | null>((resolve) => {
      if (this.card !== null) return resolve(this.card);
      const done = () => {
        clearTimeout(timer);
        clearTimeout(sample);
        this.waiting.delete(done);
        resolve(this.card);
      };
      const timer = setTimeout(done, timeoutMs);
      const sample = sampleAfter === null ? undefined : setTimeout(() => this.present(), sampleAfter);
      this.waiting.add(done);
    });
    if (!this.plugged) throw idReaderUnplugged();
    if (card === null) throw idCardTimeout();
    if (card === 'unreadable') throw idCardUnreadable();
    // The card stays on the reader until taken off; the demo's sample is taken off after each read.
    if (sampleAfter !== null) this.card = null;
    return card;
  }
}
