// The top of the screen after sending: a tick and "sent", the receipt number large enough to copy
// down or photograph, and the promise that it is saved even if the court's network is down.
import { Fragment } from 'react';
import { CheckIcon } from './icons';
import './SentReceipt.css';

export interface SentReceiptProps {
  title: string;
  /** What the number is, e.g. "Your receipt number". */
  label: string;
  receiptNo: string;
  saved: string;
}

export function SentReceipt({ title, label, receiptNo, saved }: SentReceiptProps) {
  return (
    <>
      <h2 className="sent-receipt__title">
        <CheckIcon size="lg" />
        {title}
      </h2>
      <p className="sent-receipt__label">{label}</p>
      {/* A narrow screen breaks the number only after a dash, never inside a part (issue 14). */}
      <p className="sent-receipt__number">
        {receiptNo.split(/(?<=-)/).map((part, index) => (
          <Fragment key={index}>
            {index > 0 && <wbr />}
            <span className="sent-receipt__part">{part}</span>
          </Fragment>
        ))}
      </p>
      <p className="sent-receipt__saved">{saved}</p>
    </>
  );
}
