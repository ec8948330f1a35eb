// One interview question on its own screen: the question in plain words, its help text, and the
// answer in the form its type asks for — yes/no or choice cards, a date picked from buttons, an
// amount or a rate on the keypad, a place among the courts the terminal knows. "I don't know" is
// always an answer: the report then says what it could not work out.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RiskQuestion } from '../../../../contract';
import { useTerminalConfig } from '../../app/terminal-config';
import { Button } from '../../components/Button';
import { ChoiceCard } from '../../components/ChoiceCard';
import { Field } from '../../components/Field';
import { NextIcon } from '../../components/icons';
import { NumericField, NumericKeypad } from '../../components/NumericKeypad';
import { displayValue, sanitizeTyped } from '../../components/numeric-entry';
import { inLanguage } from '../../i18n/localized';
import { DateField } from '../../keyboard/DateField';
import type { StepProps } from '../stepper/flow';
import { StepPrimaryAction } from '../stepper/step-actions';
import { justMovedOn, useMoveOn } from '../stepper/use-move-on';
import { answeredByOneTap, EMPTY_SLOT, questionAt, type Slot } from './interview';
import './risk.css';

interface AnswerProps {
  question: RiskQuestion;
  answer: boolean | string | null;
  set(answer: boolean | string | null): void;
  error: string | null;
}

function Cards({ question, answer, set, choices }: AnswerProps & { choices: { value: boolean | string; label: string; description?: string }[] }) {
  const { t } = useTranslation();
  return (
    <div className="risk__answers" role="group" aria-label={t(question.textKey)}>
      {choices.map((choice) => (
        <ChoiceCard
          key={String(choice.value)}
          title={choice.label}
          description={choice.description}
          selected={answer === choice.value}
          onSelect={() => set(choice.value)}
        />
      ))}
    </div>
  );
}

/** A yearly rate: digits and one point on the keypad, read back as a percentage. */
function PercentField({ question, answer, set, error }: AnswerProps) {
  const { t } = useTranslation();
  const value = typeof answer === 'string' ? answer : '';
  const id = useId();
  return (
    <div className="risk__pad">
      <Field id={id} label={t('risk.flow.question.percentLabel')} error={error} reading={value ? t('risk.answers.percent', { value }) : undefined}>
        {(control) => (
          <input
            {...control}
            className="field__input field__input--digits"
            data-keyboard="none"
            inputMode="none"
            autoComplete="off"
            aria-label={t(question.textKey)}
            value={displayValue('amount', value)}
            onChange={(event) => set(sanitizeTyped('amount', event.target.value) || null)}
          />
        )}
      </Field>
      <NumericKeypad variant="amount" controls={id} value={value} onChange={(next) => set(next || null)} />
    </div>
  );
}

function Answer(props: AnswerProps) {
  const { t, i18n } = useTranslation();
  const config = useTerminalConfig();
  const { question, answer, set, error } = props;
  switch (question.type) {
    case 'yesNo':
      return (
        <Cards
          {...props}
          choices={[
            { value: true, label: t('risk.answers.yes') },
            { value: false, label: t('risk.answers.no') },
          ]}
        />
      );
    case 'choice':
      return <Cards {...props} choices={(question.options ?? []).map((o) => ({ value: o.value, label: t(o.textKey) }))} />;
    case 'place':
      return (
        <Cards
          {...props}
          choices={[
            ...config.courtDirectory.map((court) => ({
              value: court.areas[0]!,
              label: t('risk.answers.areaOf', { court: inLanguage(court.name, i18n.language) }),
              description: court.address ? inLanguage(court.address, i18n.language) : undefined,
            })),
            { value: 'elsewhere', label: t('risk.answers.elsewhere') },
          ].filter((choice) => choice.value !== undefined)}
        />
      );
    case 'date':
      return (
        <DateField
          label={t('risk.flow.question.dateLabel')}
          error={error}
          value={typeof answer === 'string' ? answer : ''}
          onChange={(date) => set(date || null)}
          toYear={new Date().getFullYear() + 1}
        />
      );
    case 'amount':
      return (
        <div className="risk__pad">
          <NumericField
            variant="amount"
            label={t('risk.flow.question.amountLabel')}
            error={error}
            value={typeof answer === 'string' ? answer : ''}
            onChange={(amount) => set(amount || null)}
          />
        </div>
      );
    case 'percent':
      return <PercentField {...props} />;
  }
}

export function QuestionStep({ value, onChange, errors, values, index, next }: StepProps<Slot> & { index: number }) {
  const { t } = useTranslation();
  const moveOn = useMoveOn(next);
  /** An answer was just given and the screen is about to move on by itself. */
  const [moving, setMoving] = useState(false);
  const question = questionAt(values, index);
  if (!question) return null;
  // A slot answered for another question (the dispute type changed) starts empty.
  const slot = value.question === question.id ? value : EMPTY_SLOT;
  const oneTap = answeredByOneTap(question);
  const answered = slot.answer !== null || slot.skipped;
  const set = (answer: boolean | string | null) => {
    if (oneTap && justMovedOn()) return;
    onChange({ question: question.id, answer, skipped: false });
    if (oneTap) {
      setMoving(true);
      moveOn();
    } else {
      // A key pressed while "I don't know" shows is a change of mind: the typed answer waits for Next.
      moveOn.stay();
      setMoving(false);
    }
  };
  const error = errors.answer ? t(errors.answer) : null;
  return (
    <div className="step-body risk--question" data-question={question.id} data-question-type={question.type}>
      <div className="risk__ask">
        <h2 className="risk__question">{t(question.textKey)}</h2>
        <p className="step-body__hint">{t(question.helpKey)}</p>
        {error && question.type !== 'date' && question.type !== 'amount' && question.type !== 'percent' && <p className="step-body__error">{error}</p>}
      </div>
      <div className="risk__answer">
        <Answer question={question} answer={slot.answer} set={set} error={error} />
      </div>
      <div className="risk__skip">
        <Button
          variant={slot.skipped ? 'primary' : 'secondary'}
          aria-pressed={slot.skipped}
          onClick={() => {
            // "I don't know" is a whole answer whatever the type, so it moves on like a card does.
            if (justMovedOn()) return;
            onChange({ question: question.id, answer: null, skipped: true });
            setMoving(true);
            moveOn();
          }}
        >
          {t('risk.flow.question.dontKnow')}
        </Button>
      </div>
      {/* A card question come back to with 上一步 walks on unchanged by Next; while the chosen card
          shows before moving on, no Next appears that would then vanish under the finger. */}
      {oneTap && answered && !moving && (
        <StepPrimaryAction>
          <Button variant="primary" size="lg" className="flow__next" icon={<NextIcon size="sm" />} iconAtEnd onClick={next}>
            {t('common.actions.next')}
          </Button>
        </StepPrimaryAction>
      )}
    </div>
  );
}
