// The helper desk's calling controls: this window's number and services, the ticket at the window
// with call again / served / no-show / transfer, and who is waiting. On its own at a counter
// (?screen=helper-queue, after a helper's PIN) or as a tab of the helper desk at the kiosk.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KioskErrorShape, QueueBoard, Ticket, TicketService } from '../../../../contract';
import { OfflineBanner } from '../../app/OfflineBanner';
import { courtNameIn, useTerminalConfig } from '../../app/terminal-config';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { ErrorBanner } from '../../components/ErrorBanner';
import { NextIcon } from '../../components/icons';
import { TICKET_SERVICES } from '../../flows/queue/ticket-services';
import { callKiosk, errorShapeOf, useKioskEvent } from '../../kiosk';
import { StaffGate } from '../../staff/StaffGate';
import { keepDeskSettings, readDeskSettings, type DeskSettings } from './desk-settings';
import '../../components/panel.css';
import '../../components/toggle-chip.css';
import './desk.css';

/** The service centre's counters; a centre with more changes this list. */
const WINDOWS = ['1', '2', '3', '4', '5', '6'];

/** The calling screen at a counter: only a signed-in helper may call numbers (main checks too). */
export function QueueDesk() {
  const { t, i18n } = useTranslation();
  const config = useTerminalConfig();
  return (
    <StaffGate>
      <div className="desk">
        <header className="desk__header">
          <h1 className="desk__title">{t('queue.desk.title')}</h1>
          <p className="desk__court">{courtNameIn(config, i18n.language)}</p>
        </header>
        <main className="desk__page">
          <QueueControls deviceStorage={window.localStorage} />
        </main>
      </div>
    </StaffGate>
  );
}

const DEFAULT_SETTINGS: DeskSettings = { windowNo: '1', services: [...TICKET_SERVICES] };

/**
 * deviceStorage: where a counter's own screen keeps its window and services across reloads; the
 * kiosk's desk tab leaves it out, as the kiosk stands at no counter of its own.
 */
export function QueueControls({ deviceStorage }: { deviceStorage?: Storage }) {
  const { t } = useTranslation();
  const [settings, setSettings] = useState(() => readDeskSettings(deviceStorage, DEFAULT_SETTINGS, WINDOWS));
  const { windowNo, services } = settings;
  const [ticket, setTicket] = useState<Ticket | null>(null);
  const [board, setBoard] = useState<QueueBoard | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<KioskErrorShape | null>(null);
  const [transferring, setTransferring] = useState(false);

  useEffect(() => keepDeskSettings(deviceStorage, settings), [deviceStorage, settings]);
  useKioskEvent('queue.changed', setBoard);
  useEffect(() => {
    callKiosk('queue.board', {}).then(setBoard, (err: unknown) => setError(errorShapeOf(err)));
  }, []);

  /** Runs one desk action; the ticket it answers with becomes the one at the window. */
  const act = async (action: () => Promise<Ticket | null>) => {
    setBusy(true);
    setError(null);
    try {
      setTicket(await action());
    } catch (err) {
      setError(errorShapeOf(err));
    } finally {
      setBusy(false);
    }
  };
  const atWindow = ticket?.state === 'called' ? ticket : null;
  const change = (next: Partial<DeskSettings>) => setSettings((current) => ({ ...current, ...next }));
  const toggleService = (service: TicketService) =>
    change({
      services: services.includes(service) ? services.filter((s) => s !== service) : TICKET_SERVICES.filter((s) => s === service || services.includes(s)),
    });
  const waitingHere = board ? services.reduce((sum, s) => sum + board.waiting[s], 0) : 0;

  return (
    <>
      <div className="desk__main">
        <OfflineBanner />
        <ErrorBanner error={error} />
        <div className="desk__body">
          <section className="panel desk__panel desk__setup">
            <h2 className="desk__heading">{t('queue.desk.window')}</h2>
            <div className="desk__chips" role="group" aria-label={t('queue.desk.window')}>
              {WINDOWS.map((no) => (
                <button key={no} type="button" className="toggle-chip" aria-pressed={windowNo === no} onClick={() => change({ windowNo: no })}>
                  {no}
                </button>
              ))}
            </div>
            <h2 className="desk__heading">{t('queue.desk.services')}</h2>
            <ul className="desk__services" aria-label={t('queue.desk.services')}>
              {TICKET_SERVICES.map((service) => (
                <li key={service}>
                  <button type="button" className="toggle-chip desk__service" aria-pressed={services.includes(service)} onClick={() => toggleService(service)}>
                    <span>{t(`queue.services.${service}.title`)}</span>
                    <span className="desk__count">{t('queue.desk.waitingCount', { count: board?.waiting[service] ?? 0 })}</span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
          <section className="panel desk__panel desk__counter" aria-live="polite">
            <h2 className="desk__heading">{t('queue.desk.current')}</h2>
            {atWindow ? (
              <div className="desk__ticket" data-ticket={atWindow.number}>
                <p className="desk__number">{atWindow.number}</p>
                <p className="desk__meta">
                  {t(`queue.services.${atWindow.service}.title`)} · {t('queue.desk.calledAt', { number: atWindow.number, window: atWindow.windowNo })}
                </p>
              </div>
            ) : (
              <p className="desk__none">{services.length > 0 && board && waitingHere === 0 ? t('queue.desk.nobodyWaiting') : t('queue.desk.none')}</p>
            )}
            <Button
              variant="primary"
              size="lg"
              className="desk__call"
              icon={<NextIcon size="sm" />}
              iconAtEnd
              busy={busy}
              disabled={services.length === 0}
              onClick={() => void act(() => callKiosk('queue.callNext', { windowNo, services }))}
            >
              {t('queue.desk.callNext')}
            </Button>
            <div className="desk__actions">
              <Button size="lg" disabled={!atWindow || busy} onClick={() => atWindow && void act(() => callKiosk('queue.recall', { ticketId: atWindow.id }))}>
                {t('queue.desk.recall')}
              </Button>
              <Button size="lg" disabled={!atWindow || busy} onClick={() => atWindow && void act(() => callKiosk('queue.serve', { ticketId: atWindow.id }))}>
                {t('queue.desk.served')}
              </Button>
              <Button size="lg" disabled={!atWindow || busy} onClick={() => atWindow && void act(() => callKiosk('queue.skip', { ticketId: atWindow.id }))}>
                {t('queue.desk.skip')}
              </Button>
              <Button size="lg" disabled={!atWindow || busy} onClick={() => setTransferring(true)}>
                {t('queue.desk.transfer')}
              </Button>
            </div>
          </section>
          <section className="panel desk__panel desk__recent">
            <h2 className="desk__heading">{t('queue.display.recent')}</h2>
            <ol className="desk__calls">
              {[...(board?.nowServing ? [board.nowServing] : []), ...(board?.lastCalled ?? [])].map((call) => (
                <li key={`${call.number}-${call.calledAt}`}>{t('queue.desk.calledAt', { number: call.number, window: call.windowNo })}</li>
              ))}
            </ol>
          </section>
        </div>
      </div>
      {transferring && atWindow && (
        <Dialog
          title={t('queue.desk.transferTitle', { number: atWindow.number })}
          onDismiss={() => setTransferring(false)}
          actions={
            <>
              <Button size="lg" onClick={() => setTransferring(false)} data-autofocus>
                {t('common.actions.cancel')}
              </Button>
              {TICKET_SERVICES.filter((s) => s !== atWindow.service).map((service) => (
                <Button
                  key={service}
                  size="lg"
                  variant="primary"
                  onClick={() => {
                    setTransferring(false);
                    void act(() => callKiosk('queue.transfer', { ticketId: atWindow.id, service }));
                  }}
                >
                  {t(`queue.services.${service}.title`)}
                </Button>
              ))}
            </>
          }
        />
      )}
    </>
  );
}
