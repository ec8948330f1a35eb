// The ID card reader simulator behaves like the hardware: a card read with a checksum-valid number and
// a PNG photo, a reader that is unplugged, a card that never comes, a chip that cannot be read — and
// the same answers through the contract, as translated errors.
import { PDFDocument } from 'pdf-lib';
import { afterEach, describe, expect, it } from 'vitest';
import { IdCardReaderSimulator } from '../../../../main/services/devices/id-card-reader-simulator';
import { checkResidentId } from '../../../../main/services/identity/resident-id';
import { reply } from '../../support/contract-call';
import { tempKiosk } from '../../support/temp-kiosk';

const NOW = new Date('2026-11-23T02:00:00.000Z');

describe('ID card reader simulator', () => {
  it('reads the sample card that arrives in demo mode: a valid number, its sex and birth date, and a photo', async () => {
    const card = await new IdCardReaderSimulator({ sampleCardAfterMs: 0 }).read(1000);
    expect(checkResidentId(card.idNumber, NOW)).toMatchObject({ valid: true, sex: card.sex, birthDate: card.birthDate });
    const photo = await (await PDFDocument.create()).embedPng(card.photoPng);
    expect([photo.width, photo.height]).toEqual([102, 126]);
  });

  it('reads the card a test lays on it, and refuses when it is unplugged, no card comes, or the chip is damaged', async () => {
    const reader = new IdCardReaderSimulator({ sampleCardAfterMs: null });
    await expect(reader.read(30)).rejects.toMatchObject({ code: 'ID_CARD_TIMEOUT', messageKey: 'complaint.errors.idCardTimeout' });
    const waiting = reader.read(5000);
    reader.present({ name: '赵敏', idNumber: '11010519491231002X', sex: 'female', birthDate: '1949-12-31' });
    await expect(waiting).resolves.toMatchObject({ name: '赵敏', idNumber: '11010519491231002X' });
    reader.present('unreadable');
    await expect(reader.read(30)).rejects.toMatchObject({ code: 'ID_CARD_UNREADABLE' });
    reader.unplug();
    await expect(reader.read(30)).rejects.toMatchObject({ code: 'ID_READER_UNPLUGGED' });
    reader.plugIn();
    reader.remove();
    await expect(reader.read(30)).rejects.toMatchObject({ code: 'ID_CARD_TIMEOUT' });
  });
});

describe('devices.readIdCard', () => {
  let kiosk: Awaited<ReturnType<typeof tempKiosk>>;
  afterEach(() => kiosk.dispose());

  it('gives the screen the card with its photo as a data URL, or a translated refusal', async () => {
    kiosk = await tempKiosk();
    const read = await reply(kiosk, 'devices.readIdCard', {});
    expect(read).toMatchObject({
      ok: true,
      value: { name: '李晓华', ethnicity: '汉', idNumber: '440703198604120026', photo: expect.stringMatching(/^data:image\/png;base64,iVBORw0KGgo/) },
    });
    kiosk.simulators.idCardReader.unplug();
    expect(await reply(kiosk, 'devices.readIdCard', {})).toEqual({
      ok: false,
      error: { code: 'ID_READER_UNPLUGGED', messageKey: 'complaint.errors.idReaderUnplugged' },
    });
  });
});
