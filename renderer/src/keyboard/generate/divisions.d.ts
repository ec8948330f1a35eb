import type { Division } from '../divisions';
export declare function buildDivisions(): Division[];
