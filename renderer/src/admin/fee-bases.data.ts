// The fees whose figure each province fixes inside a national range (《诉讼费用交纳办法》 Arts 13–14),
// in yuan per case. Shown as hints on the console; main checks the same ranges when saving.
import type { FeeKind } from '../../../preload/contract';

export const PROVINCE_FEE_RANGES: readonly { kind: FeeKind; min: number; max: number; article: string }[] = [
  { kind: 'divorce', min: 50, max: 300, article: '第十三条第（二）项第1目' },
  { kind: 'personality', min: 100, max: 500, article: '第十三条第（二）项第2目' },
  { kind: 'other_nonproperty', min: 50, max: 100, article: '第十三条第（二）项第3目' },
  { kind: 'ip', min: 500, max: 1000, article: '第十三条第（三）项' },
  { kind: 'jurisdiction_objection', min: 50, max: 100, article: '第十三条第（六）项' },
  { kind: 'enforcement', min: 50, max: 500, article: '第十四条第（一）项' },
];
