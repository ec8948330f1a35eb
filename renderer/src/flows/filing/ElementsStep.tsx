// Filing, step 4 — the element-style complaint (要素式起诉状): the case type's elements, one field
// each, required ones marked, asked only when their condition holds. Main checks the answers as
// they come (e.g. an interest rate above the legal ceiling) and the step shows what it says.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { FilingElement, FilingText } from '../../../../contract';
import { TextField } from '../../components/Field';
import { DateField } from '../../keyboard/DateField';
import { LoadProblem } from '../mediation/LoadProblem';
import type { StepProps } from '../stepper/flow';
import { ChoiceRow } from './ChoiceRow';
import { isAsked, type ElementAnswers } from './elements';
import { filingValuesOf } from './filing-draft';
import { useElements, usePreview } from './use-filing-data';

const textIn = (text: FilingText, language: string): string => text[language] ?? text['zh-CN'];

/**
 * What must be answered before what may be, each group in the complaint's order: the required ones
 * are then in view when the step opens, not below the fold after the optional ones (issue 14).
 */
const requiredFirst = (elements: readonly FilingElement[]): FilingElement[] => [
  ...elements.filter((element) => element.required),
  ...elements.filter((element) => !element.required),
];

export function ElementsStep({ value, onChange, errors, values }: StepProps<ElementAnswers>) {
  const { t, i18n } = useTranslation();
  const filing = { ...filingValuesOf(values), elements: value };
  const definitions = useElements(filing.caseType);
  const preview = usePreview(filing);

  // Keep the rules of the type now chosen; answers given for another type do not carry over, but
  // answers carried in from a risk interview (no type loaded yet) do.
  const loaded = definitions.value;
  useEffect(() => {
    if (!loaded || value.caseType === loaded.caseType) return;
    onChange({
      caseType: loaded.caseType,
      rules: loaded.elements.map(({ id, required, showIf }) => (showIf ? { id, required, showIf } : { id, required })),
      answers: value.caseType === '' ? value.answers : {},
    });
  }, [loaded, value, onChange]);

  if (!loaded) return <LoadProblem error={definitions.error} retry={definitions.retry} />;

  // What main says about an answer given (a rate above the ceiling); a missing one is the step's own to say after Next.
  const fromMain = Object.fromEntries(
    (preview.value?.problems ?? [])
      .filter((problem) => problem.path.startsWith('answers.') && value.answers[problem.path.slice('answers.'.length)] !== undefined)
      .map((problem) => [problem.path.slice('answers.'.length), problem]),
  );
  // Main's warnings (a rate above the ceiling, a deadline passed) ask to check; they never block Next.
  const fromMainOf = (id: string, severity: 'error' | 'warning') => {
    const found = fromMain[id];
    return found?.severity === severity ? t(found.messageKey, { ...found.details }) : null;
  };
  const problem = (id: string) => (errors[id] ? t(errors[id]) : fromMainOf(id, 'error'));
  const caution = (id: string) => fromMainOf(id, 'warning');
  const set = (id: string, answer: string | boolean) => onChange({ ...value, answers: { ...value.answers, [id]: answer } });

  const field = (element: FilingElement) => {
    const label = `${textIn(element.label, i18n.language)}${t(element.required ? 'filing.elements.requiredMark' : 'filing.elements.optionalMark')}`;
    const hint = textIn(element.help, i18n.language);
    const answer = value.answers[element.id];
    const text = typeof answer === 'string' ? answer : '';
    switch (element.type) {
      case 'yesNo':
        return (
          <ChoiceRow
            label={label}
            value={typeof answer === 'boolean' ? answer : null}
            options={[
              { value: true, label: t('filing.elements.yes') },
              { value: false, label: t('filing.elements.no') },
            ]}
            error={problem(element.id)}
            onChange={(yes) => set(element.id, yes)}
          />
        );
      case 'choice':
        return (
          <ChoiceRow
            label={label}
            value={text || null}
            options={(element.options ?? []).map((option) => ({ value: option.value, label: textIn(option.label, i18n.language) }))}
            error={problem(element.id)}
            onChange={(choice) => set(element.id, choice)}
          />
        );
      case 'date':
        return (
          <DateField
            label={label}
            hint={hint}
            value={text}
            error={problem(element.id)}
            warning={caution(element.id)}
            onChange={(date) => set(element.id, date)}
          />
        );
      case 'amount':
        return (
          <TextField
            label={label}
            hint={hint}
            keyboard="amount"
            value={text}
            error={problem(element.id)}
            warning={caution(element.id)}
            onChange={(amount) => set(element.id, amount)}
          />
        );
      // A rate is not money: the amount pad would read it out in 元.
      case 'percent':
        return (
          <TextField
            label={label}
            hint={hint}
            keyboard="latin"
            maxLength={6}
            value={text}
            error={problem(element.id)}
            warning={caution(element.id)}
            onChange={(rate) => set(element.id, rate.replace(/[^\d.]/g, ''))}
          />
        );
      default:
        return (
          <TextField
            label={label}
            hint={hint}
            rows={element.type === 'longText' ? 4 : undefined}
            maxLength={2000}
            value={text}
            error={problem(element.id)}
            warning={caution(element.id)}
            onChange={(typed) => set(element.id, typed)}
          />
        );
    }
  };

  return (
    <div className="step-body filing elements">
      <p className="step-body__hint">{t('filing.elements.hint')}</p>
      <div className="elements__list">
        {requiredFirst(loaded.elements.filter((element) => isAsked(element, value.answers))).map((element) => (
          <div key={element.id} className="elements__item" data-element={element.id}>
            {field(element)}
          </div>
        ))}
      </div>
    </div>
  );
}
