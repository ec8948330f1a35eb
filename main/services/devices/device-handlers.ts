// The ID card reader over the contract: the card's fields as the screen may show them.
import { handlerSet } from '../handler-table';
import { ID_CARD_WAIT_MS, idCardForScreen, type IdCardReader } from './id-card-reader';

export const deviceHandlers = ({ idCardReader }: { idCardReader: IdCardReader }) =>
  handlerSet({
    'devices.readIdCard': async () => idCardForScreen(await idCardReader.read(ID_CARD_WAIT_MS)),
  });
