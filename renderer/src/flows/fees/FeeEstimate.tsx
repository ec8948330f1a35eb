// The estimate: the fee big, how it is made up in plain words (the article small), what it
// comes to when halved (acceptance fees only), whether small claims applies, and a printout.
// Every figure is main's.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseType, KioskErrorShape } from '../../../../contract';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { BackIcon } from '../../components/icons';
import { HelperCallButton } from '../../helper/HelperCallButton';
import { inLanguage } from '../../i18n/localized';
import { callKiosk, errorShapeOf } from '../../kiosk';
import { estimateFee, type FeeEstimate as Estimate, type SmallClaimsEligibility } from './fee-estimate';
import { explainBreakdown, formatMoney, readYuan } from './fee-explanation';
import { PrintPaper } from './PrintPaper';

const PRINT_KEYS = {
  print: 'fees.estimate.result.print',
  printing: 'fees.estimate.result.printing',
  printed: 'fees.estimate.result.printed',
  printFailed: 'fees.estimate.result.printFailed',
};

/** What small claims means for this amount, or nothing (too large, or no wage figure set yet). */
const SMALL_CLAIMS_NOTE: Partial<Record<SmallClaimsEligibility, string>> = {
  automatic: 'fees.estimate.result.smallClaimsAutomatic',
  byAgreement: 'fees.estimate.result.smallClaimsByAgreement',
};

interface FeeEstimateProps {
  caseType: CaseType;
  amount: string | null;
  onChangeAmount: (() => void) | null;
  onRestart(): void;
}

export function FeeEstimate({ caseType, amount, onChangeAmount, onRestart }: FeeEstimateProps) {
  const { t, i18n } = useTranslation();
  const [result, setResult] = useState<Estimate | null>(null);
  const [error, setError] = useState<KioskErrorShape | null>(null);

  useEffect(() => {
    let current = true;
    estimateFee(caseType.feeKind, amount).then(
      (value) => current && setResult(value),
      (err: unknown) => current && setError(errorShapeOf(err)),
    );
    return () => {
      current = false;
    };
  }, [caseType, amount]);

  const note = result?.smallClaims ? SMALL_CLAIMS_NOTE[result.smallClaims] : undefined;
  return (
    <div className="fee-desk fee-estimate">
      <div className="fee-desk__head">
        <h2 className="fee-desk__title">{t('fees.estimate.result.title')}</h2>
        <div className="fee-desk__actions">
          {onChangeAmount && (
            <Button variant="quiet" icon={<BackIcon size="sm" />} onClick={onChangeAmount}>
              {t('fees.estimate.result.changeAmount')}
            </Button>
          )}
          <Button variant="secondary" onClick={onRestart}>
            {t('fees.estimate.result.again')}
          </Button>
        </div>
      </div>
      <p className="fee-desk__chosen">
        <span>{t('fees.estimate.result.caseType', { name: inLanguage(caseType.plain, i18n.language) })}</span>
        {amount !== null && <span>{t('fees.estimate.result.claim', { amount: readYuan(t, amount) })}</span>}
      </p>
      {error && (
        <div className="fee-desk__problem">
          <ErrorBanner error={error} />
          <HelperCallButton size="md" />
        </div>
      )}
      {!error && !result && <p className="fee-desk__hint">{t('fees.estimate.result.calculating')}</p>}
      {result && (
        <div className="fee-estimate__body">
          <section className="fee-estimate__total" aria-labelledby="fee-estimate-label">
            <p id="fee-estimate-label" className="fee-estimate__label">
              {t(result.feeType === 'acceptance' ? 'fees.estimate.result.feeLabel' : 'fees.estimate.result.feeLabelApplication')}
            </p>
            <p className="fee-estimate__fee" data-testid="estimated-fee">
              {formatMoney(t, result.quote.fee)}
            </p>
            {result.mediated && result.simplified && (
              <>
                <h3 className="fee-estimate__subtitle">{t('fees.estimate.result.halvedTitle')}</h3>
                <dl className="fee-estimate__halved">
                  <div>
                    <dt>{t('fees.estimate.result.mediated')}</dt>
                    <dd data-testid="fee-mediated">{formatMoney(t, result.mediated.fee)}</dd>
                  </div>
                  <div>
                    <dt>{t('fees.estimate.result.simplified')}</dt>
                    <dd data-testid="fee-simplified">{formatMoney(t, result.simplified.fee)}</dd>
                  </div>
                </dl>
              </>
            )}
            {note && <p className="fee-estimate__small-claims">{t(note)}</p>}
            <PrintPaper keys={PRINT_KEYS} print={() => callKiosk('print.feeEstimate', { caseType: caseType.id, amount, language: i18n.language })} />
          </section>
          <section className="fee-estimate__how" aria-labelledby="fee-estimate-how">
            <h3 id="fee-estimate-how" className="fee-estimate__subtitle">
              {t('fees.estimate.result.howTitle')}
            </h3>
            <ol className="fee-breakdown">
              {explainBreakdown(t, result.quote.breakdown).map((line, i) => (
                <li key={i} className="fee-breakdown__line">
                  <span className="fee-breakdown__text">
                    {line.text}
                    {line.article && (
                      <small className="fee-breakdown__article" lang="zh-CN">
                        {line.article}
                      </small>
                    )}
                  </span>
                  <span className="fee-breakdown__fee">{line.fee}</span>
                </li>
              ))}
            </ol>
            <p className="fee-estimate__note">{t('fees.estimate.result.note')}</p>
          </section>
        </div>
      )}
    </div>
  );
}
