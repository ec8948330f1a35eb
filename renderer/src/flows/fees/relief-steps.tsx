// Fee relief (缓交 / 减交 / 免交, 《诉讼费用交纳办法》 Arts 44–48), as steps of the desk: for whom the
// litigant is here (an organisation is first told it may defer or reduce but not waive, Art 44), which
// situations fit, what main's screener says may follow and which proof to bring, then the written
// application and its form to print and sign.
import { useTranslation } from 'react-i18next';
import type { ReliefAnswer as Answer, ReliefGround } from '../../../../contract';
import { callKiosk } from '../../kiosk';
import type { FlowValues, StepProps } from '../stepper/flow';
import { deskPath, openStep } from './desk-step';
import { ReliefForm } from './ReliefForm';
import { ReliefAnswer, ReliefOrganisation, ReliefSituations, ReliefWho } from './ReliefScreener';
import { SubmittedPaper, type SubmittedKeys } from './SubmittedPaper';

type ReliefOption = Answer['options'][number];
export type Applicant = 'person' | 'organisation';

/** The situations ticked, and main's answer to them once asked (cleared by any change). */
export interface Situations {
  grounds: ReliefGround[];
  answer: Answer | null;
}

export const NO_SITUATIONS: Situations = { grounds: [], answer: null };

const DONE: SubmittedKeys = {
  title: 'fees.relief.done.title',
  number: 'fees.relief.done.number',
  saved: 'fees.relief.done.saved',
  next: 'fees.relief.done.next',
  print: 'fees.relief.done.print',
  printing: 'fees.relief.done.printing',
  printed: 'fees.relief.done.printed',
  printFailed: 'fees.relief.done.printFailed',
};

const applicant = (values: Readonly<FlowValues>) => (values['relief-who'] as Applicant | null | undefined) ?? null;
const situations = (values: Readonly<FlowValues>) => (values['relief-situations'] as Situations | undefined) ?? NO_SITUATIONS;
const option = (values: Readonly<FlowValues>) => (values['relief-answer'] as ReliefOption | null | undefined) ?? null;

/** An organisation is first told what it may ask for (Art 44); then its steps are a person's. */
export const notOrganisation = (values: Readonly<FlowValues>) => deskPath(values) !== 'relief' || applicant(values) !== 'organisation';
export const notRelief = (values: Readonly<FlowValues>) => deskPath(values) !== 'relief';
/** Where the screener found no ground, its answer is the path's end. */
export const noGround = (values: Readonly<FlowValues>) => notRelief(values) || situations(values).answer?.eligible === false;
const naturalPerson = (values: Readonly<FlowValues>) => applicant(values) !== 'organisation';

export function WhoStep(props: StepProps<Applicant | null>) {
  const choose = (who: Applicant) => {
    props.onChange(who);
    props.next();
  };
  return <ReliefWho onPerson={() => choose('person')} onOrganisation={() => choose('organisation')} onLeave={() => openStep(props, 'desk')} />;
}

export const OrganisationStep = (props: StepProps<null>) => (
  <ReliefOrganisation onBack={() => openStep(props, 'relief-who', { 'relief-who': null })} onContinue={() => props.next()} />
);

export function SituationsStep(props: StepProps<Situations>) {
  return (
    <ReliefSituations
      naturalPerson={naturalPerson(props.values)}
      grounds={props.value.grounds}
      onChange={(grounds) => props.onChange({ grounds, answer: null })}
      onBack={() => openStep(props, 'relief-who')}
      onAnswer={(answer) => {
        props.onChange({ ...props.value, answer });
        props.next();
      }}
    />
  );
}

export function AnswerStep(props: StepProps<ReliefOption | null>) {
  const { answer } = situations(props.values);
  if (!answer) return null;
  return (
    <ReliefAnswer
      answer={answer}
      onBack={() => openStep(props, 'relief-situations')}
      onApply={(chosen) => {
        props.onChange(chosen);
        props.next();
      }}
    />
  );
}

/** The application's particulars; its value is the receipt once main has taken it. */
export function FormStep(props: StepProps<{ receiptNo: string; idNumber: string } | null>) {
  const chosen = option(props.values);
  if (!chosen) return null;
  return (
    <ReliefForm
      naturalPerson={naturalPerson(props.values)}
      grounds={situations(props.values).grounds}
      option={chosen}
      onBack={() => openStep(props, 'relief-situations')}
      onSent={(receiptNo, idNumber) => {
        props.onChange({ receiptNo, idNumber });
        props.next();
      }}
    />
  );
}

export function ReliefDoneStep(props: StepProps<null>) {
  const { i18n } = useTranslation();
  const sent = props.values['relief-form'] as { receiptNo: string; idNumber: string } | null;
  if (!sent) return null;
  return (
    <SubmittedPaper
      keys={DONE}
      receiptNo={sent.receiptNo}
      print={() => callKiosk('print.reliefApplication', { receiptNo: sent.receiptNo, idNumber: sent.idNumber, language: i18n.language })}
    />
  );
}
