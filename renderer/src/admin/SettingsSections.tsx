// The console's settings, one form per part of TerminalConfig. Each saves only its own sections;
// main validates the whole config and either saves and announces config.changed, or names the field.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SERVICE_IDS, type CourtTest, type KioskErrorShape, type PrinterTest, type TerminalConfig } from '../../../contract';
import { useTerminalConfig } from '../app/terminal-config';
import { Button } from '../components/Button';
import { ErrorBanner } from '../components/ErrorBanner';
import { BUNDLED_LANGUAGES } from '../i18n/i18n';
import { callKiosk, errorShapeOf, useKiosk } from '../kiosk';
import { SectionForm } from './SectionForm';
import { numberOrText, SettingInput, SettingSwitch, textOrNull } from './SettingField';
import { useSectionSave } from './settings-form';

/** The court's name is given in every configured language; zh-CN always. */
export function CourtSection() {
  const { t } = useTranslation();
  const config = useTerminalConfig();
  const form = useSectionSave(['court', 'terminalId', 'timeZone', 'kioskMode', 'receipts']);
  const languages = [...new Set(['zh-CN', ...config.languages])];
  const [names, setNames] = useState<Record<string, string>>(() => Object.fromEntries(languages.map((lng) => [lng, config.court.name[lng] ?? ''])));
  const [code, setCode] = useState(config.court.code);
  const [terminalId, setTerminalId] = useState(config.terminalId);
  const [timeZone, setTimeZone] = useState(config.timeZone);
  const [verifyBaseUrl, setVerifyBaseUrl] = useState(config.receipts.verifyBaseUrl);
  const [kioskMode, setKioskMode] = useState(config.kioskMode);
  const save = () =>
    void form.save({
      court: { name: Object.fromEntries(Object.entries(names).filter(([lng, name]) => lng === 'zh-CN' || name.trim() !== '')), code: code.trim() },
      terminalId: terminalId.trim(),
      timeZone: timeZone.trim(),
      receipts: { verifyBaseUrl: verifyBaseUrl.trim() },
      kioskMode,
    });
  return (
    <SectionForm title={t('admin.sections.court')} form={form} onSave={save}>
      {languages.map((lng) => (
        <SettingInput
          key={lng}
          label={t('admin.court.name', { language: t('language.nativeName', { lng }) })}
          value={names[lng] ?? ''}
          lang={lng}
          onChange={(name) => setNames((all) => ({ ...all, [lng]: name }))}
          problem={form.problemAt('court', 'name', lng) ?? (lng === 'zh-CN' ? form.problemAt('court', 'name') : null)}
        />
      ))}
      <SettingInput
        label={t('admin.court.code')}
        hint={t('admin.court.codeHint')}
        value={code}
        onChange={setCode}
        problem={form.problemAt('court', 'code')}
        maxLength={8}
        keyboard="latin"
      />
      <SettingInput
        label={t('admin.court.terminalId')}
        hint={t('admin.court.terminalIdHint')}
        value={terminalId}
        onChange={setTerminalId}
        problem={form.problemAt('terminalId')}
        maxLength={32}
        keyboard="latin"
      />
      <SettingInput
        label={t('admin.court.timeZone')}
        hint={t('admin.court.timeZoneHint')}
        value={timeZone}
        onChange={setTimeZone}
        problem={form.problemAt('timeZone')}
        maxLength={64}
        keyboard="latin"
      />
      <SettingInput
        label={t('admin.court.verifyBaseUrl')}
        hint={t('admin.court.verifyBaseUrlHint')}
        value={verifyBaseUrl}
        onChange={setVerifyBaseUrl}
        problem={form.problemAt('receipts')}
        keyboard="latin"
      />
      <SettingSwitch label={t('admin.court.kioskMode')} checked={kioskMode} onChange={setKioskMode} />
    </SectionForm>
  );
}

/** Which services the home screen offers, and which languages the switch offers. */
export function ServicesSection() {
  const { t } = useTranslation();
  const config = useTerminalConfig();
  const form = useSectionSave(['services', 'languages', 'defaultLanguage']);
  const [services, setServices] = useState(config.services);
  const [languages, setLanguages] = useState(config.languages);
  const [defaultLanguage, setDefaultLanguage] = useState(config.defaultLanguage);
  // The build's languages, plus any configured one this build cannot show (so it can be taken off).
  const offered = [...new Set([...BUNDLED_LANGUAGES, ...config.languages])];
  const toggleLanguage = (lng: string, on: boolean) => setLanguages((current) => offered.filter((l) => (l === lng ? on : current.includes(l))));
  return (
    <SectionForm title={t('admin.sections.services')} form={form} onSave={() => void form.save({ services, languages, defaultLanguage })}>
      <fieldset className="console-group">
        <legend>{t('admin.services.title')}</legend>
        {SERVICE_IDS.map((id) => (
          <SettingSwitch key={id} label={t(`services.${id}.title`)} checked={services[id]} onChange={(on) => setServices((s) => ({ ...s, [id]: on }))} />
        ))}
      </fieldset>
      <fieldset className="console-group" data-field="languages">
        <legend>{t('admin.languages.title')}</legend>
        {offered.map((lng) => (
          <SettingSwitch
            key={lng}
            lang={lng}
            label={t('language.nativeName', { lng })}
            checked={languages.includes(lng)}
            onChange={(on) => toggleLanguage(lng, on)}
          />
        ))}
        {form.problemAt('languages') && <p className="field__error">{form.problemAt('languages')}</p>}
      </fieldset>
      <fieldset className="console-group">
        <legend>{t('admin.languages.default')}</legend>
        {languages.map((lng) => (
          <button key={lng} type="button" className="setting-switch" aria-pressed={defaultLanguage === lng} onClick={() => setDefaultLanguage(lng)}>
            <span className="setting-switch__label" lang={lng}>
              {t('language.nativeName', { lng })}
            </span>
          </button>
        ))}
        {form.problemAt('defaultLanguage') && <p className="field__error">{form.problemAt('defaultLanguage')}</p>}
      </fieldset>
    </SectionForm>
  );
}

export function IdleSection() {
  const { t } = useTranslation();
  const config = useTerminalConfig();
  const form = useSectionSave(['idle']);
  const [timeout, setTimeoutText] = useState(String(config.idle.timeoutSeconds));
  const [countdown, setCountdown] = useState(String(config.idle.countdownSeconds));
  return (
    <SectionForm
      title={t('admin.sections.idle')}
      intro={t('admin.idle.intro')}
      form={form}
      onSave={() => void form.save({ idle: { timeoutSeconds: numberOrText(timeout), countdownSeconds: numberOrText(countdown) } })}
    >
      <SettingInput
        label={t('admin.idle.timeout')}
        hint={t('admin.idle.timeoutHint')}
        value={timeout}
        onChange={setTimeoutText}
        problem={form.problemAt('idle', 'timeoutSeconds')}
        numeric
        maxLength={5}
      />
      <SettingInput
        label={t('admin.idle.countdown')}
        hint={t('admin.idle.countdownHint')}
        value={countdown}
        onChange={setCountdown}
        problem={form.problemAt('idle', 'countdownSeconds')}
        numeric
        maxLength={4}
      />
    </SectionForm>
  );
}

export function PrintersSection() {
  const { t, i18n } = useTranslation();
  const config = useTerminalConfig();
  const form = useSectionSave(['printers']);
  const [names, setNames] = useState({ receipt: config.printers.receipt ?? '', document: config.printers.document ?? '' });
  const [tests, setTests] = useState<Partial<Record<'receipt' | 'document', PrinterTest>>>({});
  const [testing, setTesting] = useState<'receipt' | 'document' | null>(null);
  const [error, setError] = useState<KioskErrorShape | null>(null);
  const test = async (role: 'receipt' | 'document') => {
    setTesting(role);
    setError(null);
    try {
      const name = textOrNull(names[role]);
      const result = await callKiosk('admin.testPrinter', { role, language: i18n.language, ...(name ? { printer: name } : {}) });
      setTests((all) => ({ ...all, [role]: result }));
    } catch (err) {
      setError(errorShapeOf(err));
    } finally {
      setTesting(null);
    }
  };
  return (
    <SectionForm
      title={t('admin.sections.printers')}
      intro={t('admin.printers.intro')}
      form={form}
      onSave={() => void form.save({ printers: { receipt: textOrNull(names.receipt), document: textOrNull(names.document) } })}
    >
      <ErrorBanner error={error} />
      {(['receipt', 'document'] as const).map((role) => (
        <div key={role} className="console-row">
          <SettingInput
            label={t(`admin.printers.${role}`)}
            hint={t('admin.printers.hint')}
            value={names[role]}
            onChange={(name) => setNames((all) => ({ ...all, [role]: name }))}
            problem={form.problemAt('printers', role)}
            maxLength={128}
            keyboard="latin"
          />
          <Button busy={testing === role} onClick={() => void test(role)}>
            {t('admin.printers.test')}
          </Button>
          {tests[role] && (
            <p
              className={tests[role].printed ? 'console-result console-result--ok' : 'console-result console-result--bad'}
              role="status"
              data-printer-test={role}
            >
              {tests[role].printed
                ? t('admin.printers.printed', { printer: tests[role].printer ?? t('admin.printers.folder') })
                : t('admin.printers.failed', {
                    printer: tests[role].printer ?? t('admin.printers.folder'),
                    reason: t(`helper.desk.prints.failures.${tests[role].failure ?? 'error'}`),
                  })}
            </p>
          )}
        </div>
      ))}
    </SectionForm>
  );
}

export function EndpointSection() {
  const { t } = useTranslation();
  const config = useTerminalConfig();
  const form = useSectionSave(['courtEndpoint']);
  const [url, setUrl] = useState(config.courtEndpoint.url ?? '');
  const [timeoutMs, setTimeoutMs] = useState(String(config.courtEndpoint.timeoutMs));
  const [result, setResult] = useState<CourtTest | null>(null);
  const [testing, setTesting] = useState(false);
  const [error, setError] = useState<KioskErrorShape | null>(null);
  const test = async () => {
    setTesting(true);
    setError(null);
    try {
      setResult(await callKiosk('admin.testCourt', {}));
    } catch (err) {
      setError(errorShapeOf(err));
    } finally {
      setTesting(false);
    }
  };
  return (
    <SectionForm
      title={t('admin.sections.endpoint')}
      intro={t('admin.endpoint.intro')}
      form={form}
      onSave={() => void form.save({ courtEndpoint: { url: textOrNull(url), timeoutMs: numberOrText(timeoutMs) } })}
      extra={
        <Button busy={testing} onClick={() => void test()}>
          {t('admin.endpoint.test')}
        </Button>
      }
    >
      <ErrorBanner error={error} />
      <SettingInput
        label={t('admin.endpoint.url')}
        hint={t('admin.endpoint.urlHint')}
        value={url}
        onChange={setUrl}
        problem={form.problemAt('courtEndpoint', 'url')}
        keyboard="latin"
      />
      <SettingInput
        label={t('admin.endpoint.timeout')}
        value={timeoutMs}
        onChange={setTimeoutMs}
        problem={form.problemAt('courtEndpoint', 'timeoutMs')}
        numeric
        maxLength={6}
      />
      {result && (
        <p
          className={result.reachable ? 'console-result console-result--ok' : 'console-result console-result--bad'}
          role="status"
          data-court-test={result.reachable ? 'ok' : 'failed'}
        >
          {t(`admin.endpoint.${result.reachable ? 'reachable' : 'unreachable'}_${result.court}`, { millis: result.millis })}
        </p>
      )}
    </SectionForm>
  );
}

export function FeesSection() {
  const { t } = useTranslation();
  const config = useTerminalConfig();
  const form = useSectionSave(['fees']);
  const [province, setProvince] = useState(config.fees.province);
  const [wage, setWage] = useState(config.fees.averageWage === null ? '' : String(config.fees.averageWage));
  // Some provinces publish the small-claims limit rather than the wage it is half of.
  const [limit, setLimit] = useState(config.fees.smallClaimsLimit === null ? '' : String(config.fees.smallClaimsLimit));
  const [practice, setPractice] = useState(config.fees.practice);
  const [bases, setBases] = useState<Record<string, string>>(() =>
    Object.fromEntries(Object.entries(config.fees.bases).map(([kind, base]) => [kind, String(base)])),
  );
  // The ranges come from the fee schedule main quotes with, so the hints cannot drift from the law.
  const kinds = useKiosk('fees.kinds');
  const { run } = kinds;
  useEffect(() => {
    void run({});
  }, [run]);
  const ranged = (kinds.value?.kinds ?? []).flatMap(({ kind, provinceRange }) => (provinceRange ? [{ kind, ...provinceRange }] : []));
  const save = () =>
    void form.save({
      fees: {
        province: province.trim(),
        averageWage: wage.trim() === '' ? null : numberOrText(wage),
        smallClaimsLimit: limit.trim() === '' ? null : numberOrText(limit),
        practice,
        bases: Object.fromEntries(
          Object.entries(bases)
            .filter(([, v]) => v.trim() !== '')
            .map(([kind, v]) => [kind, numberOrText(v)]),
        ),
      },
    });
  return (
    <SectionForm title={t('admin.sections.fees')} intro={t('admin.fees.intro')} form={form} onSave={save}>
      <SettingInput label={t('admin.fees.province')} value={province} onChange={setProvince} problem={form.problemAt('fees', 'province')} maxLength={20} />
      <SettingInput
        label={t('admin.fees.averageWage')}
        hint={t('admin.fees.averageWageHint')}
        value={wage}
        onChange={setWage}
        problem={form.problemAt('fees', 'averageWage')}
        numeric
        maxLength={9}
      />
      <SettingInput
        label={t('admin.fees.smallClaimsLimit')}
        hint={t('admin.fees.smallClaimsLimitHint')}
        value={limit}
        onChange={setLimit}
        problem={form.problemAt('fees', 'smallClaimsLimit')}
        numeric
        maxLength={9}
      />
      <fieldset className="console-group" data-field="practice">
        <legend>{t('admin.fees.practice.title')}</legend>
        <p className="field__hint">{t('admin.fees.practice.note')}</p>
        {(['halveOnce', 'smallClaimsHalved', 'jurisdictionObjectionHalvable'] as const).map((key) => (
          <SettingSwitch
            key={key}
            label={t(`admin.fees.practice.${key}`)}
            checked={practice[key]}
            onChange={(on) => setPractice((p) => ({ ...p, [key]: on }))}
          />
        ))}
      </fieldset>
      <ErrorBanner error={kinds.error} />
      {ranged.map(({ kind, min, max, article }) => (
        <SettingInput
          key={kind}
          label={t('admin.fees.base', { kind: t(`admin.fees.kinds.${kind}`) })}
          hint={t('admin.fees.baseHint', { min, max, article })}
          value={bases[kind] ?? ''}
          onChange={(v) => setBases((all) => ({ ...all, [kind]: v }))}
          problem={form.problemAt('fees', 'bases', kind)}
          numeric
          maxLength={8}
        />
      ))}
    </SectionForm>
  );
}

export function RetentionSection() {
  const { t } = useTranslation();
  const config = useTerminalConfig();
  const form = useSectionSave(['retentionDays']);
  const [days, setDays] = useState(String(config.retentionDays));
  return (
    <SectionForm
      title={t('admin.sections.retention')}
      intro={t('admin.retention.intro')}
      form={form}
      onSave={() => void form.save({ retentionDays: numberOrText(days) })}
    >
      <SettingInput label={t('admin.retention.days')} value={days} onChange={setDays} problem={form.problemAt('retentionDays')} numeric maxLength={5} />
    </SectionForm>
  );
}

export type ConfigSectionKey = keyof TerminalConfig;
