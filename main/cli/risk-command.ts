// `cli risk assess --json '{"caseType", "answers", "today"}'`: the risk engine for courts' own
// reviewers. Prints the report as JSON — limitation with its last day and articles, every finding
// with its id, severity and article, the recommended path with its reasons — on the day given
// (default: the court's date today). Question ids and answer values: main/services/risk/README.md.
import { z } from 'zod';
import { RiskAnswers } from '../../contract';
import { KioskError } from '../services/errors';
import { jsonCommand } from './json-command';

const Input = z.object({ caseType: z.string().min(1).max(40), answers: RiskAnswers.default({}), today: z.iso.date().optional() }).strict();

export const riskCommand = jsonCommand(
  'risk',
  'assess',
  '{"caseType":"private_lending","answers":{"dueDate":"2023-06-01"},"today":"2026-11-23"}',
  async (raw, kiosk) => {
    const input = Input.safeParse(raw);
    if (!input.success) throw new KioskError('INVALID_INPUT', 'errors.invalidInput', { field: input.error.issues[0]!.path.join('.') });
    return kiosk.risk.assess(input.data.caseType, input.data.answers, input.data.today);
  },
);
