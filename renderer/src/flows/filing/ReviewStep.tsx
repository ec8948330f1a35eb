// Filing, step 9 — the read-back: everything the complaint will say, in large text and read aloud
// on request, each part with a button to change it (which comes straight back here). Main checks
// the whole filing; its errors are listed first, each with the step that fixes it.
import { addressText } from '../../keyboard/AddressField';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { FilingText } from '../../../../contract';
import { proseDate, proseYuan } from '../../../../contract/prose';
import { Button } from '../../components/Button';
import { AlertIcon } from '../../components/icons';
import { inLanguage } from '../../i18n/localized';
import { LoadProblem } from '../mediation/LoadProblem';
import type { StepProps } from '../stepper/flow';
import { askedAnswers } from './elements';
import { idDocumentText } from './IdDocumentChoice';
import { filingValuesOf, stepOfProblem } from './filing-draft';
import { partyOrder, type PartyEntry } from './parties';
import { problemSubject } from './problems';
import { ReadAloud } from './ReadAloud';
import { draftKeyOf, type Checked } from './review';
import { useCaseTypes, useCourts, useElements, usePreview } from './use-filing-data';

const textIn = (text: FilingText, language: string): string => text[language] ?? text['zh-CN'];

export function ReviewStep({ value, onChange, errors, values, goTo }: StepProps<Checked>) {
  const { t, i18n } = useTranslation();
  const filing = filingValuesOf(values);
  const preview = usePreview(filing);
  const types = useCaseTypes();
  const elements = useElements(filing.caseType);
  const courts = useCourts();
  const draft = draftKeyOf(values);

  const result = preview.value;
  const errorCount = result?.problems.filter((problem) => problem.severity === 'error').length;
  useEffect(() => {
    if (errorCount !== undefined && (value.draft !== draft || value.errors !== errorCount)) onChange({ draft, errors: errorCount });
  }, [errorCount, draft, value, onChange]);

  if (!result) return <LoadProblem error={preview.error} retry={preview.retry} />;

  const lng = i18n.language;
  const yesNo = (answer: boolean) => t(answer ? 'filing.elements.yes' : 'filing.elements.no');
  const type = types.value?.find((candidate) => candidate.id === filing.caseType);
  const court = courts.value?.find((candidate) => candidate.code === filing.court);
  const partyLine = (party: PartyEntry) =>
    [
      party.name,
      party.kind === 'person' ? idDocumentText(t, party.idType, party.idNumber) : party.creditCode,
      party.kind === 'organisation' && party.representative ? t('filing.review.representative', { name: party.representative }) : '',
      addressText(party.address),
      party.phone,
    ]
      .filter(Boolean)
      .join(t('filing.review.separator'));
  const answers = askedAnswers(filing.elements);
  const answerText = (id: string, answer: string | boolean) => {
    const element = elements.value?.elements.find((candidate) => candidate.id === id);
    if (typeof answer === 'boolean') return yesNo(answer);
    // Dates and amounts as running text, like every paper and screen: 2024年3月1日, 50,000元.
    if (element?.type === 'amount') return proseYuan(answer, lng);
    if (element?.type === 'date') return proseDate(answer, lng);
    if (element?.type === 'percent') return t('filing.review.percent', { rate: answer });
    const option = element?.options?.find((candidate) => candidate.value === answer);
    return option ? textIn(option.label, lng) : answer;
  };
  // 原告 1 · 民族：请填写这一项。 — the field named, as its own step names it.
  const subjectOf = (path: string): string => {
    const subject = problemSubject(path, filing.parties);
    const field = subject && i18n.exists(`parties.fields.${subject.field}`) ? t(`parties.fields.${subject.field}`) : null;
    if (!subject || !field) return '';
    return `${t(`parties.roles.${subject.role}.one`, { n: subject.index + 1 })} · ${field}${t('filing.review.colon')}`;
  };
  const problemList = result.problems.filter((problem) => problem.severity === 'error' || problem.severity === 'warning');

  const sections: { id: string; step: string; title: string; lines: string[] }[] = [
    { id: 'caseType', step: 'caseType', title: t('filing.review.caseType'), lines: type ? [inLanguage(type.name, lng)] : [] },
    {
      id: 'parties',
      step: 'parties',
      title: t('filing.review.parties'),
      lines: partyOrder(filing.parties).flatMap(({ role, index, party }) => [
        `${t(`parties.roles.${role}.one`, { n: index + 1 })}${t('filing.review.colon')}${partyLine(party)}`,
        ...(party.agent
          ? [
              `${t('parties.agent.title')}${t('filing.review.colon')}${party.agent.name}${t('filing.review.separator')}${t(`parties.agent.${party.agent.authority}`)}`,
            ]
          : []),
      ]),
    },
    {
      id: 'elements',
      step: 'elements',
      title: t('filing.review.elements'),
      lines: Object.entries(answers).map(([id, answer]) => {
        const element = elements.value?.elements.find((candidate) => candidate.id === id);
        return `${element ? textIn(element.label, lng) : id}${t('filing.review.colon')}${answerText(id, answer)}`;
      }),
    },
    { id: 'claims', step: 'claims', title: t('filing.review.claims'), lines: result.claims.map((claim, index) => `${index + 1}. ${claim}`) },
    { id: 'facts', step: 'claims', title: t('filing.review.facts'), lines: [result.facts] },
    {
      id: 'evidence',
      step: 'evidence',
      title: t('filing.review.evidence'),
      lines:
        filing.evidence.length === 0
          ? [t('filing.review.noEvidence')]
          : filing.evidence.map((item, index) => `${index + 1}. ${item.name}${t('filing.review.separator')}${item.purpose}`),
    },
    {
      id: 'consents',
      step: 'consents',
      title: t('filing.review.consents'),
      lines: [
        t('filing.review.serviceAddress', { recipient: filing.consents.recipient, address: filing.consents.address, phone: filing.consents.phone }),
        `${t('filing.consents.electronic.label')} ${filing.consents.electronicService === null ? '' : yesNo(filing.consents.electronicService)}`,
        `${t('filing.consents.mediation.label')} ${filing.consents.mediation === null ? '' : yesNo(filing.consents.mediation)}`,
      ],
    },
    {
      id: 'court',
      step: 'court',
      title: t('filing.review.court'),
      lines: court ? [court.crossRegion ? t('filing.review.crossRegionCourt', { court: inLanguage(court.name, lng) }) : inLanguage(court.name, lng)] : [],
    },
  ];
  const pause = t('filing.review.pause');
  const spoken = sections.map((section) => [section.title, ...section.lines].join(pause)).join(pause);

  return (
    <div className="step-body filing review-step">
      <div className="review-step__top">
        <p className="step-body__hint">{t('filing.review.hint')}</p>
        <ReadAloud text={spoken} />
      </div>
      {problemList.length > 0 && (
        <ul className="review-step__problems" aria-label={t('filing.review.problems')}>
          {problemList.map((problem) => (
            <li key={`${problem.path}-${problem.code}`} className={`review-step__problem review-step__problem--${problem.severity}`}>
              <AlertIcon size="sm" />
              <span>
                {subjectOf(problem.path)}
                {t(problem.messageKey, { ...problem.details })}
              </span>
              <Button variant="secondary" onClick={() => goTo(stepOfProblem(problem.path))}>
                {t(problem.severity === 'error' ? 'filing.review.fix' : 'filing.review.recheck')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {errors.review && <p className="step-body__error">{t(errors.review)}</p>}
      <dl className="review-step__list">
        {sections.map((section) => (
          <div key={section.id} className="review-step__section" data-section={section.id}>
            <dt className="review-step__title">
              <span>{section.title}</span>
              <Button variant="secondary" onClick={() => goTo(section.step)}>
                {t('filing.review.change')}
              </Button>
            </dt>
            {section.lines.map((line, index) => (
              <dd key={index} className="review-step__line">
                {line}
              </dd>
            ))}
          </div>
        ))}
      </dl>
    </div>
  );
}
