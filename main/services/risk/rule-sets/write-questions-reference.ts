// Rewrites the question reference in main/services/risk/README.md from the rule set:
// `npx tsx main/services/risk/rule-sets/write-questions-reference.ts` after changing the interview.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CaseTypeCatalogue } from '../../cases/catalogue';
import { SHIPPED_LPR } from '../../cases/lpr-series';
import { createTranslator } from '../../i18n/translator';
import { resourcePaths } from '../../resource-paths';
import { findAppRoot } from '../../../shared/install-locations';
import { questionsReference, withReference } from './questions-reference';
import { loadRuleSet } from './rule-set';

const root = findAppRoot();
const paths = resourcePaths(root);
const catalogue = new CaseTypeCatalogue(paths.caseTypes);
const readmeFile = join(root, 'main', 'services', 'risk', 'README.md');
const reference = questionsReference(loadRuleSet(paths.riskRuleSet, catalogue.types, SHIPPED_LPR), catalogue.types, createTranslator(paths.locales, 'zh-CN'));
writeFileSync(readmeFile, withReference(readFileSync(readmeFile, 'utf8'), reference));
