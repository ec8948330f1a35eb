// The notice of a case filed at this terminal a moment ago, looked up with what the filing receipt
// handed over (its receipt number and the filer's ID), so nothing is typed again. The court may not
// have registered the filing yet: then a calm "being prepared" screen asks again by itself.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FeeNotice, KioskErrorShape } from '../../../../contract';
import { Button } from '../../components/Button';
import { ClockIcon, SearchIcon } from '../../components/icons';
import { callKiosk, errorShapeOf } from '../../kiosk';
import type { NoticeQuery } from './NoticeLookup';

/** Long enough not to press the court, short enough that a notice issued in seconds is seen in seconds. */
export const ASK_AGAIN_MS = 3000;

/** The court has not registered the filing yet (payment-service.ts): worth asking again, not a refusal. */
const NOT_YET = 'NOTICE_NOT_YET';

interface FiledNoticeLookupProps {
  query: NoticeQuery;
  onFound(notice: FeeNotice): void;
  /** Any other answer: the litigant sees it on the lookup form, filled in with the same query. */
  onRefused(error: KioskErrorShape): void;
  /** The way back while waiting: the lookup form, filled in, to try later or with another ID. */
  onLeave(): void;
}

export function FiledNoticeLookup({ query, onFound, onRefused, onLeave }: FiledNoticeLookupProps) {
  const { t } = useTranslation();
  const [preparing, setPreparing] = useState(false);
  /** Counts the questions asked, so each answered "not yet" schedules the next one. */
  const [asked, setAsked] = useState(0);

  useEffect(() => {
    let current = true;
    let timer: number | undefined;
    callKiosk('fees.findNotice', query).then(
      (notice) => current && onFound(notice),
      (err: unknown) => {
        if (!current) return;
        const error = errorShapeOf(err);
        if (error.code !== NOT_YET) return onRefused(error);
        setPreparing(true);
        timer = window.setTimeout(() => setAsked((n) => n + 1), ASK_AGAIN_MS);
      },
    );
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
    // Once per question; the callbacks only report its answer.
  }, [query, asked]);

  const Icon = preparing ? ClockIcon : SearchIcon;
  return (
    <div className="pay-status pay-status--waiting filed-notice" data-filed-notice={preparing ? 'preparing' : 'looking'} role="status">
      <span className="pay-status__icon">
        <Icon size="lg" />
      </span>
      <h2 className="pay-status__title">{t(preparing ? 'fees.payment.filed.preparing.title' : 'fees.payment.filed.looking')}</h2>
      {preparing && (
        <>
          <p className="pay-status__body">{t('fees.payment.filed.preparing.body', { receiptNo: query.caseNumber })}</p>
          <div className="pay-status__next">
            <Button variant="secondary" size="lg" onClick={onLeave}>
              {t('fees.payment.filed.preparing.leave')}
            </Button>
          </div>
        </>
      )}
    </div>
  );
}
