// Fee relief (缓交 / 减交 / 免交, 《诉讼费用交纳办法》 Arts 44–48): for whom the litigant is here (an
// organisation is told kindly it cannot apply), which situations fit, what main's screener says
// may follow and which proof to bring, then the written application and its form to print and sign.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReliefAnswer as Answer, ReliefGround } from '../../../../contract';
import { callKiosk } from '../../kiosk';
import { ReliefAnswer, ReliefOrganisation, ReliefSituations, ReliefWho } from './ReliefScreener';
import { ReliefForm } from './ReliefForm';
import { SubmittedPaper, type SubmittedKeys } from './SubmittedPaper';

type ReliefOption = Answer['options'][number];

type Stage =
  | { at: 'who' }
  | { at: 'organisation' }
  | { at: 'situations' }
  | { at: 'answer'; answer: Answer }
  | { at: 'form'; option: ReliefOption }
  | { at: 'done'; receiptNo: string; idNumber: string };

const DONE: SubmittedKeys = {
  title: 'fee-relief.done.title',
  number: 'fee-relief.done.number',
  saved: 'fee-relief.done.saved',
  next: 'fee-relief.done.next',
  print: 'fee-relief.done.print',
  printing: 'fee-relief.done.printing',
  printed: 'fee-relief.done.printed',
  printFailed: 'fee-relief.done.printFailed',
  finish: 'fee-relief.done.finish',
};

export function FeeRelief({ onLeave }: { onLeave(): void }) {
  const { i18n } = useTranslation();
  const [stage, setStage] = useState<Stage>({ at: 'who' });
  const [grounds, setGrounds] = useState<ReliefGround[]>([]);

  switch (stage.at) {
    case 'who':
      return <ReliefWho onPerson={() => setStage({ at: 'situations' })} onOrganisation={() => setStage({ at: 'organisation' })} onLeave={onLeave} />;
    case 'organisation':
      return <ReliefOrganisation onBack={() => setStage({ at: 'who' })} />;
    case 'situations':
      return <ReliefSituations grounds={grounds} onChange={setGrounds} onBack={() => setStage({ at: 'who' })} onAnswer={(answer) => setStage({ at: 'answer', answer })} />;
    case 'answer':
      return <ReliefAnswer answer={stage.answer} onBack={() => setStage({ at: 'situations' })} onApply={(option) => setStage({ at: 'form', option })} />;
    case 'form':
      return <ReliefForm grounds={grounds} option={stage.option} onBack={() => setStage({ at: 'situations' })} onSent={(receiptNo, idNumber) => setStage({ at: 'done', receiptNo, idNumber })} />;
    case 'done':
      return (
        <SubmittedPaper
          keys={DONE}
          receiptNo={stage.receiptNo}
          print={() => callKiosk('print.reliefApplication', { receiptNo: stage.receiptNo, idNumber: stage.idNumber, language: i18n.language })}
        />
      );
  }
}
