// The fee desk: first the choice between estimating a fee and paying a notice, then that path.
// Refunds and fee relief will join the choices here.
import { useState } from 'react';
import { FeeEstimator } from './FeeEstimator';
import { FeeDeskChoices, type FeeDeskPath } from './FeeDeskChoices';
import { NoticePayment } from './NoticePayment';
import './fee-desk.css';

export function FeeDesk() {
  const [path, setPath] = useState<FeeDeskPath | null>(null);
  const leave = () => setPath(null);
  if (path === 'estimate') return <FeeEstimator onLeave={leave} />;
  if (path === 'pay') return <NoticePayment onLeave={leave} />;
  return <FeeDeskChoices onChoose={setPath} />;
}
