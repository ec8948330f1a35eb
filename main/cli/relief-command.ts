// `cli relief screen --json '{"naturalPerson", "grounds"}'`: the fee-relief screener (《诉讼费用交纳办法》
// Arts 44–48) for reviewers. Prints what relief is open, with the articles, and for each situation
// given the relief it stands for and whether it is open to this applicant (Art 44: no waiver for organisations).
import { z } from 'zod';
import { ReliefGround } from '../../contract';
import { KioskError } from '../services/errors';
import { reliefGroundsExplained, screenFeeRelief } from '../services/fees/fee-relief';
import { jsonCommand } from './json-command';

const Input = z.object({ naturalPerson: z.boolean(), grounds: z.array(ReliefGround).max(ReliefGround.options.length) }).strict();

export const reliefCommand = jsonCommand('relief', 'screen', '{"naturalPerson":false,"grounds":["welfareInstitution","otherHardship"]}', async (raw) => {
  const input = Input.safeParse(raw);
  if (!input.success) throw new KioskError('INVALID_INPUT', 'errors.invalidInput', { field: input.error.issues[0]!.path.join('.') });
  const { naturalPerson, grounds } = input.data;
  return { ...screenFeeRelief(naturalPerson, grounds), grounds: reliefGroundsExplained(naturalPerson, grounds) };
});
