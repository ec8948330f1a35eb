// A mediation request as the mediation screens send it, for tests of the request and of what it leaves behind.
import type { MethodInput } from '../../../../contract';

export const MEDIATION_REQUEST = {
  caseType: 'property_service',
  organisationId: 'property-mediation',
  mode: 'online',
  preferredTimes: [{ date: '2026-11-25', part: 'morning' }],
  applicant: { name: '张建国', phone: '13800138000' },
  respondent: { name: '示范物业管理有限公司', phone: null },
  description: '物业公司要求补交 2024 年全年物业费，但小区电梯长期故障未修。',
} satisfies MethodInput<'mediation.submit'>;
