// The reviewers' list of question ids and answer values in main/services/risk/README.md must be the
// rule set's: rewrite it with `npx tsx main/services/risk/rule-sets/write-questions-reference.ts`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CaseTypeCatalogue } from '../../../../main/services/cases/catalogue';
import { createTranslator } from '../../../../main/services/i18n/translator';
import { conditionText, questionsReference, REFERENCE_END, REFERENCE_START } from '../../../../main/services/risk/rule-sets/questions-reference';
import { loadRuleSet } from '../../../../main/services/risk/rule-sets/rule-set';
import { REPO_ROOT } from '../../support/temp-kiosk';
import { SHIPPED_LPR } from '../../../../main/services/cases/lpr-series';

/** Tables compared cell by cell, so a formatter aligning the columns changes nothing. */
const cells = (markdown: string) =>
  markdown
    .split('\n')
    .map((line) =>
      line.startsWith('|')
        ? line
            .split('|')
            .map((cell) => (/^\s*:?-+:?\s*$/.test(cell) ? '---' : cell.trim()))
            .join('|')
        : line.trim(),
    )
    .filter((line) => line !== '');

const catalogue = new CaseTypeCatalogue(join(REPO_ROOT, 'resources', 'case-types', 'catalogue.json'));
const rules = loadRuleSet(join(REPO_ROOT, 'resources', 'risk', 'rule-set.v1.json'), catalogue.types, SHIPPED_LPR);

describe('risk/README.md question reference', () => {
  it('is the rule set’s, cell for cell', () => {
    const readme = readFileSync(join(REPO_ROOT, 'main', 'services', 'risk', 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf(REFERENCE_START), readme.indexOf(REFERENCE_END) + REFERENCE_END.length);
    expect(cells(section)).toEqual(cells(questionsReference(rules, catalogue.types, createTranslator(join(REPO_ROOT, 'resources', 'locales'), 'zh-CN'))));
  });

  it('lists every question of every type with its answer values', () => {
    const reference = questionsReference(rules, catalogue.types, (key) => key);
    for (const type of catalogue.types) for (const id of rules.types[type.id]!.questions) expect(reference).toContain(`| \`${id}\` |`);
    expect(reference).toContain('| `guaranteeKind` | choice | `joint`, `general`, `unclear` | `guarantee` = `true` |');
  });

  it('words branching conditions', () => {
    expect(conditionText({ all: [{ q: 'role', is: 'buyer' }, { not: { q: 'wageIou', in: ['a', 'b'] } }] })).toBe(
      '`role` = `buyer` and not (`wageIou` ∈ {`a`, `b`})',
    );
  });
});
