// Filing, step 5 — the claims (诉讼请求) and the facts and reasons (事实与理由), written by main from
// the elements in the court's language. The litigant may change the wording; "use the written text
// again" returns to what the elements give. In another language, what it says is shown beside it.
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { TextField } from '../../components/Field';
import { LoadProblem } from '../mediation/LoadProblem';
import type { StepProps } from '../stepper/flow';
import type { ClaimsText } from './claims';
import { filingValuesOf } from './filing-draft';
import { usePreview } from './use-filing-data';

/** A complaint at the kiosk holds this many claims at most; more is a case for the window. */
const MAX_CLAIMS = 10;

export function ClaimsStep({ value, onChange, errors, values }: StepProps<ClaimsText>) {
  const { t, i18n } = useTranslation();
  const preview = usePreview({ ...filingValuesOf(values), claims: { claims: null, facts: null } });
  const generated = preview.value?.generated['zh-CN'];
  if (!generated) return <LoadProblem error={preview.error} retry={preview.retry} />;

  const claims = value.claims ?? generated.claims;
  const facts = value.facts ?? generated.facts;
  const translation = i18n.language === 'zh-CN' ? undefined : preview.value?.generated[i18n.language];
  const setClaims = (next: string[]) => onChange({ ...value, claims: next });

  return (
    <div className="step-body filing claims">
      <p className="step-body__hint">{t('filing.claims.hint')}</p>
      <section className="claims__section" aria-labelledby="claims-heading">
        <h2 className="parties__heading" id="claims-heading">
          {t('filing.claims.claimsTitle')}
        </h2>
        {errors.claims && <p className="step-body__error">{t(errors.claims)}</p>}
        {claims.map((claim, index) => (
          <div key={index} className="claims__claim">
            <TextField
              label={t('filing.claims.claim', { n: index + 1 })}
              rows={2}
              maxLength={500}
              value={claim}
              onChange={(text) => setClaims(claims.map((c, i) => (i === index ? text : c)))}
            />
            {translation?.claims[index] && value.claims === null && <p className="claims__translation">{translation.claims[index]}</p>}
            {claims.length > 1 && (
              <Button variant="quiet" onClick={() => setClaims(claims.filter((_, i) => i !== index))}>
                {t('filing.claims.remove', { n: index + 1 })}
              </Button>
            )}
          </div>
        ))}
        {claims.length < MAX_CLAIMS && (
          <Button variant="secondary" onClick={() => setClaims([...claims, ''])}>
            {t('filing.claims.add')}
          </Button>
        )}
      </section>
      <section className="claims__section" aria-labelledby="facts-heading">
        <h2 className="parties__heading" id="facts-heading">
          {t('filing.claims.factsTitle')}
        </h2>
        <TextField
          label={t('filing.claims.facts')}
          rows={8}
          maxLength={20000}
          value={facts}
          error={errors.facts ? t(errors.facts) : null}
          onChange={(text) => onChange({ ...value, facts: text })}
        />
        {translation && value.facts === null && <p className="claims__translation">{translation.facts}</p>}
      </section>
      {(value.claims !== null || value.facts !== null) && (
        <Button variant="secondary" onClick={() => onChange({ claims: null, facts: null })}>
          {t('filing.claims.useGenerated')}
        </Button>
      )}
    </div>
  );
}
