// The fee desk: first the choice between estimating a fee, paying a notice, asking for a refund
// and asking for fee relief, then that path.
import { useState } from 'react';
import { FeeEstimator } from './FeeEstimator';
import { FeeDeskChoices, type FeeDeskPath } from './FeeDeskChoices';
import { FeeRelief } from './FeeRelief';
import { NoticePayment } from './NoticePayment';
import { RefundRequest } from './RefundRequest';
import './fee-desk.css';

export function FeeDesk() {
  const [path, setPath] = useState<FeeDeskPath | null>(null);
  const leave = () => setPath(null);
  if (path === 'estimate') return <FeeEstimator onLeave={leave} />;
  if (path === 'pay') return <NoticePayment onLeave={leave} />;
  if (path === 'refund') return <RefundRequest onLeave={leave} />;
  if (path === 'relief') return <FeeRelief onLeave={leave} />;
  return <FeeDeskChoices onChoose={setPath} />;
}
