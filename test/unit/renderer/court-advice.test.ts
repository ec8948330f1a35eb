// The court step's check of the defendants' addresses against the court directory (CPL Art 22: the
// court where the defendant lives): this court only when it hears the area, another court said by name.
import { describe, expect, it } from 'vitest';
import type { FilingCourt } from '../../../contract';
import { courtAdvice, courtForDivision } from '../../../renderer/src/flows/filing/court-advice';
import { EMPTY_PARTIES, EMPTY_PARTY, type Parties } from '../../../renderer/src/flows/filing/parties';
import { EMPTY_ADDRESS } from '../../../renderer/src/keyboard/AddressField';

const court = (code: string, areas: string[], crossRegion: boolean): FilingCourt => ({
  code,
  name: { 'zh-CN': code, en: code },
  address: null,
  crossRegion,
  areas,
});
const COURTS = [court('粤0703', ['440703'], false), court('粤0704', ['440704'], true), court('粤07', ['4407'], true), court('沪0114', ['310114'], true)];
const livingIn = (...codes: string[]): Parties => ({
  ...EMPTY_PARTIES,
  defendants: codes.map((divisionCode) => ({ ...EMPTY_PARTY, address: { ...EMPTY_ADDRESS, divisionCode, street: '某路 1 号' } })),
});

describe('the court the directory gives an area', () => {
  it.each([
    ['440703', '粤0703'],
    ['440704', '粤0704'],
    // A district no court lists falls to the court of its city.
    ['440705', '粤07'],
    ['110101', null],
  ])('%s → %s, the narrowest area winning', (code, expected) => expect(courtForDivision(COURTS, code)?.code ?? null).toBe(expected));
});

describe('the advice before the court cards', () => {
  it.each([
    ['a defendant in this court’s area: this court', livingIn('440703'), { kind: 'own', code: '粤0703' }],
    ['defendants in two areas, one of them this court’s: this court', livingIn('310114', '440703'), { kind: 'own', code: '粤0703' }],
    ['a defendant elsewhere in the directory: that court, by name', livingIn('310114'), { kind: 'other', code: '沪0114' }],
    ['no area picked: nothing chosen for the litigant', livingIn(''), { kind: 'unknown' }],
    ['an area no court hears: nothing chosen', livingIn('110101'), { kind: 'unknown' }],
  ])('%s', (_, parties, expected) => {
    const advice = courtAdvice(COURTS, parties);
    expect({ kind: advice.kind, ...(advice.kind === 'unknown' ? {} : { code: advice.court.code }) }).toEqual(expected);
  });
});
