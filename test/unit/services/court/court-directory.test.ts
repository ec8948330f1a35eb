import { describe, expect, it } from 'vitest';
import { courtDirectoryProblem, courtForArea, isCrossRegion } from '../../../../main/services/court/court-directory';
import { tempKiosk } from '../../support/temp-kiosk';

const court = (code: string, areas: string[]) => ({ code, name: { 'zh-CN': code }, areas, address: null });
const directory = [court('粤07', ['4407']), court('粤0704', ['440704']), court('沪0114', ['310114'])];

describe('court directory', () => {
  it('picks the court of the narrowest area that contains the place', () => {
    expect(courtForArea(directory, '440704')?.code).toBe('粤0704');
    expect(courtForArea(directory, '440705')?.code).toBe('粤07');
    expect(courtForArea(directory, '310114')?.code).toBe('沪0114');
    expect(courtForArea(directory, '110101')).toBeNull();
  });

  it('calls every court but the terminal’s own cross-region', () => {
    const config = { court: { name: { 'zh-CN': '本院' }, code: '粤0703' } };
    expect(isCrossRegion(config, '粤0703')).toBe(false);
    expect(isCrossRegion(config, '沪0114')).toBe(true);
  });

  it('refuses a directory that lists a court twice, and keeps the old one', async () => {
    const kiosk = await tempKiosk();
    try {
      const before = await kiosk.handlers['config.get']({});
      expect(courtDirectoryProblem(before)).toBeNull();
      const twice = [...before.courtDirectory, before.courtDirectory[0]];
      await expect(kiosk.handlers['config.set']({ patch: { courtDirectory: twice } })).rejects.toMatchObject({ code: 'CONFIG_INVALID' });
      expect((await kiosk.handlers['config.get']({})).courtDirectory).toEqual(before.courtDirectory);
    } finally {
      await kiosk.dispose();
    }
  });
});
