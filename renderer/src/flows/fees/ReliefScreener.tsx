// The fee-relief screener's screens. The questions are the law's situations (Arts 45–47) in
// everyday words; what they may bring is main's answer (fees.reliefScreen), never worked out here.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ReliefGround, type ReliefAnswer as Answer } from '../../../../contract';
import { Button } from '../../components/Button';
import { ChoiceCard } from '../../components/ChoiceCard';
import { ErrorBanner } from '../../components/ErrorBanner';
import { BackIcon, HelperIcon, ScalesIcon } from '../../components/icons';
import { useKiosk } from '../../kiosk';
import { BackNextActions } from './BackNextActions';

type ReliefOption = Answer['options'][number];

export function ReliefWho({ onPerson, onOrganisation, onLeave }: { onPerson(): void; onOrganisation(): void; onLeave(): void }) {
  const { t } = useTranslation();
  return (
    <div className="fee-desk relief">
      <div className="fee-desk__head">
        <h2 className="fee-desk__title">{t('fees.relief.who.title')}</h2>
        <Button variant="quiet" icon={<BackIcon size="sm" />} onClick={onLeave}>
          {t('fees.desk.backToChoices')}
        </Button>
      </div>
      <p className="fee-desk__hint">{t('fees.relief.who.intro')}</p>
      <h3 className="relief__question">{t('fees.relief.who.question')}</h3>
      <div className="relief__who">
        <ChoiceCard
          icon={<HelperIcon size="md" />}
          title={t('fees.relief.who.person')}
          description={t('fees.relief.who.personBody')}
          selected={false}
          onSelect={onPerson}
        />
        <ChoiceCard
          icon={<ScalesIcon size="md" />}
          title={t('fees.relief.who.organisation')}
          description={t('fees.relief.who.organisationBody')}
          selected={false}
          onSelect={onOrganisation}
        />
      </div>
    </div>
  );
}

/** Art 44: an organisation may ask to defer or reduce, never to waive; said before it chooses its situations. */
export function ReliefOrganisation({ onBack, onContinue }: { onBack(): void; onContinue(): void }) {
  const { t } = useTranslation();
  return (
    <div className="pay-status pay-status--neutral relief__organisation" data-relief="organisation">
      <h2 className="pay-status__title">{t('fees.relief.organisation.title')}</h2>
      <p className="pay-status__body">{t('fees.relief.organisation.body')}</p>
      <p className="pay-status__body">{t('fees.relief.organisation.next')}</p>
      <BackNextActions back={t('fees.relief.organisation.back')} onBack={onBack} next={t('fees.relief.organisation.continue')} onNext={onContinue} />
    </div>
  );
}

interface SituationsProps {
  /** A natural person sees every situation; an organisation only those open to it (main's screener says which). */
  naturalPerson: boolean;
  grounds: ReliefGround[];
  onChange(grounds: ReliefGround[]): void;
  onBack(): void;
  onAnswer(answer: Answer): void;
}

export function ReliefSituations({ naturalPerson, grounds, onChange, onBack, onAnswer }: SituationsProps) {
  const { t } = useTranslation();
  const screen = useKiosk('fees.reliefScreen');
  const offered = useKiosk('fees.reliefScreen');
  const { run: ask } = offered;
  useEffect(() => {
    void ask({ naturalPerson, grounds: [] });
  }, [ask, naturalPerson]);
  const open = offered.value?.openGrounds ?? (naturalPerson ? ReliefGround.options : []);
  const toggle = (ground: ReliefGround) => onChange(grounds.includes(ground) ? grounds.filter((g) => g !== ground) : [...grounds, ground]);
  const check = async () => {
    const answer = await screen.run({ naturalPerson, grounds });
    if (answer) onAnswer(answer);
  };
  return (
    <div className="fee-desk relief">
      <h2 className="fee-desk__title">{t('fees.relief.situations.title')}</h2>
      <p className="fee-desk__hint">{t('fees.relief.situations.hint')}</p>
      <div className="relief__situations" role="group" aria-label={t('fees.relief.situations.title')}>
        {open.map((ground) => (
          <ChoiceCard
            key={ground}
            className="relief__situation"
            title={t(`fees.relief.grounds.${ground}.${naturalPerson ? 'plain' : 'organisationPlain'}`)}
            selected={grounds.includes(ground)}
            onSelect={() => toggle(ground)}
          />
        ))}
      </div>
      <ErrorBanner error={screen.error ?? offered.error} />
      <BackNextActions
        back={t('fees.relief.situations.back')}
        onBack={onBack}
        next={t('fees.relief.situations.check')}
        busy={screen.pending}
        onNext={() => void check()}
      />
    </div>
  );
}

export function ReliefAnswer({ answer, onBack, onApply }: { answer: Answer; onBack(): void; onApply(option: ReliefOption): void }) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<ReliefOption | null>(answer.options[0] ?? null);
  if (!answer.eligible) {
    return (
      <div className="pay-status pay-status--neutral" data-relief={answer.reason}>
        <h2 className="pay-status__title">{t('fees.relief.answer.noGroundTitle')}</h2>
        <p className="pay-status__body">{t('fees.relief.answer.noGroundBody')}</p>
        <Button variant="primary" size="lg" icon={<BackIcon size="sm" />} onClick={onBack}>
          {t('fees.relief.answer.back')}
        </Button>
      </div>
    );
  }
  return (
    <div className="fee-desk relief relief--answer" data-relief="eligible">
      <div className="relief__answer">
        <section className="relief__options" aria-labelledby="relief-options">
          <h2 id="relief-options" className="fee-desk__title">
            {t('fees.relief.answer.title')}
          </h2>
          {answer.options.map((option) => (
            <ChoiceCard
              key={option.relief}
              className="relief__option"
              title={t(`fees.relief.answer.relief.${option.relief}`, { percent: option.minimumPercent })}
              description={<span className="relief__articles">{t('fees.relief.answer.basis', { articles: option.articles.join('、') })}</span>}
              selected={chosen?.relief === option.relief}
              onSelect={() => setChosen(option)}
            />
          ))}
          <p className="fee-desk__hint">{t('fees.relief.answer.decides')}</p>
        </section>
        <section className="relief__proof" aria-labelledby="relief-proof">
          <h3 id="relief-proof" className="fee-estimate__subtitle">
            {t('fees.relief.answer.proofTitle')}
          </h3>
          <ul className="relief__proof-list">
            {answer.proof.map((proof) => (
              <li key={proof}>{t(`fees.relief.proof.${proof}`)}</li>
            ))}
          </ul>
        </section>
      </div>
      <BackNextActions
        back={t('fees.relief.answer.back')}
        onBack={onBack}
        next={t('fees.relief.answer.apply')}
        disabled={!chosen}
        onNext={() => chosen && onApply(chosen)}
      />
    </div>
  );
}
