// The dispute-type catalogue (resources/case-types/catalogue.json), validated once at start: the
// one list that risk assessment, filing, fees and mediation all read.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { CaseType } from '../../../contract';
import { KioskError } from '../errors';

const Catalogue = z.object({ types: z.array(CaseType).min(1) });

export class CaseTypeCatalogue {
  readonly types: readonly CaseType[];

  constructor(file: string) {
    this.types = Catalogue.parse(JSON.parse(readFileSync(file, 'utf8'))).types;
    const ids = new Set(this.types.map((t) => t.id));
    if (ids.size !== this.types.length) throw new Error(`${file}: dispute type ids must be unique`);
  }

  get(id: string): CaseType {
    const type = this.types.find((t) => t.id === id);
    if (!type) throw new KioskError('UNKNOWN_CASE_TYPE', 'catalogue.errors.unknownType', { caseType: id });
    return type;
  }
}
