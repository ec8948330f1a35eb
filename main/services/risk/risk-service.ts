// Risk assessment for the contract: loads the rule set once, refusing a broken file without taking
// the rest of the kiosk down, and assesses on the court's date from the terminal's fee settings.
import type { RiskAnswers, RiskQuestion, RiskReport, TerminalConfig } from '../../../contract';
import type { RestDays } from '../calendar/rest-days';
import type { CaseTypeCatalogue } from '../cases/catalogue';
import type { LprSeries } from '../cases/lpr-series';
import { courtDate, type Clock } from '../clock';
import { KioskError } from '../errors';
import { assess } from './assess';
import { loadRuleSet, type RuleSet } from './rule-sets/rule-set';

export interface RiskDeps {
  ruleSetFile: string;
  catalogue: CaseTypeCatalogue;
  restDays: RestDays;
  /** The one-year LPR in force, which the rule set's `published` constant reads. */
  lpr: LprSeries;
  clock: Clock;
  config: () => Promise<TerminalConfig>;
  log: (message: string, context?: Record<string, unknown>) => void;
}

export class RiskService {
  private readonly rules: RuleSet | KioskError;

  constructor(private readonly deps: RiskDeps) {
    try {
      this.rules = loadRuleSet(deps.ruleSetFile, deps.catalogue.types, deps.lpr);
    } catch (err) {
      if (!(err instanceof KioskError)) throw err;
      deps.log('risk rule set refused', { file: deps.ruleSetFile, ...err.details });
      this.rules = err;
    }
  }

  private ruleSet(): RuleSet {
    if (this.rules instanceof KioskError) throw this.rules;
    return this.rules;
  }

  /** The questions per dispute type, in the catalogue's order, for the interview screens. */
  questions(): { version: string; types: { caseType: string; questions: RiskQuestion[] }[] } {
    const rules = this.ruleSet();
    return {
      version: rules.version,
      types: this.deps.catalogue.types.map((type) => ({
        caseType: type.id,
        questions: rules.types[type.id]!.questions.map((id) => rules.questions.find((q) => q.id === id)!),
      })),
    };
  }

  /** On the court's date today, or on `asOf` for a reviewer's scenario (cli risk assess). */
  async assess(caseType: string, answers: RiskAnswers, asOf?: string): Promise<RiskReport> {
    const rules = this.ruleSet();
    const type = this.deps.catalogue.get(caseType);
    const { fees, timeZone, courtDirectory, court } = await this.deps.config();
    return assess(rules, type, answers, {
      asOf: asOf ?? courtDate(this.deps.clock.now(), timeZone),
      bases: fees.bases,
      averageWage: fees.averageWage,
      smallClaimsLimit: fees.smallClaimsLimit,
      practice: fees.practice,
      courtDirectory,
      courtCode: court.code,
      restDays: this.deps.restDays,
    });
  }
}
