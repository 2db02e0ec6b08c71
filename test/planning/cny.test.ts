import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeOf } from '../_helpers/errors.js';
import { formatCnyAmount, parseCnyAmount } from '../../src/index.js';

describe('parseCnyAmount: the amounts of the Liuzhou plan, Tables 2 and 3', () => {
  // Worked by hand: 万 = 10⁴ yuan, 亿 = 10⁸ yuan.
  const cases: Array<[string, string | null]> = [
    ['7000万', '70000000'], // 7000 × 10⁴
    ['2.15亿', '215000000'], // 2.15 × 10⁸
    ['3.277亿', '327700000'], // 3.277 × 10⁸
    ['5100万', '51000000'],
    ['2亿', '200000000'],
    ['3.5亿', '350000000'],
    ['400万', '4000000'],
    ['600万', '6000000'],
    ['500万', '5000000'],
    ['800万', '8000000'],
    ['2000万', '20000000'],
    ['3000万', '30000000'],
    ['6000万', '60000000'],
    ['1000万', '10000000'],
    ['1500万', '15000000'],
    ['1800万', '18000000'],
    ['—', null],
    // §一(一)4: "2017年柳州市安排290万环保专项资金".
    ['290万', '2900000'],
  ];
  for (const [text, yuan] of cases) it(`${text} → ${yuan}`, () => expect(parseCnyAmount(text)).toBe(yuan));
});

describe('parseCnyAmount: other written forms', () => {
  it('reads 元 and 万元/亿元 suffixes, compound amounts, full-width digits and separators', () => {
    expect(parseCnyAmount('3.277亿元')).toBe('327700000');
    expect(parseCnyAmount('400万元')).toBe('4000000');
    expect(parseCnyAmount('1200元')).toBe('1200');
    expect(parseCnyAmount('1亿2000万')).toBe('120000000');
    expect(parseCnyAmount('1亿2000万500元')).toBe('120000500');
    expect(parseCnyAmount('３.５亿')).toBe('350000000');
    expect(parseCnyAmount('7,000万')).toBe('70000000');
    expect(parseCnyAmount(' 1,234,567元 ')).toBe('1234567');
    expect(parseCnyAmount('5千万')).toBe('50000000');
    expect(parseCnyAmount('3百万')).toBe('3000000');
    expect(parseCnyAmount('0.5元')).toBe('0.5');
    expect(parseCnyAmount('12.345万')).toBe('123450');
    for (const none of ['——', '-', '－', '/', '无']) expect(parseCnyAmount(none)).toBeNull();
  });

  it('reads a bare number in the unit of the table header', () => {
    expect(parseCnyAmount('450', { unit: '万元' })).toBe('4500000');
    expect(parseCnyAmount('2.15', { unit: '亿元' })).toBe('215000000');
    expect(parseCnyAmount('99.5', { unit: '元' })).toBe('99.5');
    // The unit applies to bare numbers only.
    expect(parseCnyAmount('7000万', { unit: '亿元' })).toBe('70000000');
  });

  it('is exact where binary floating point drifts', () => {
    // In binary floating point 0.07 × 10⁸ is 7000000.000000001 and 0.57 × 10⁴ is 5699.999999999999.
    expect(0.07 * 1e8).not.toBe(7000000);
    expect(parseCnyAmount('0.07亿')).toBe('7000000');
    expect(0.57 * 1e4).not.toBe(5700);
    expect(parseCnyAmount('0.57万')).toBe('5700');
    expect(parseCnyAmount('123456789012345678.9亿')).toBe('12345678901234567890000000');
  });

  it('rejects what is not an amount, with INVALID_AMOUNT at the text', () => {
    for (const text of ['', '  ', '约7000万', '7000万左右', 'about 7000', '7000', '万', '2000万1亿', '1亿2000', '1.2.3万', '-5万', '7e3万', '七千万']) {
      expect(codeOf(() => parseCnyAmount(text)), text).toEqual(['INVALID_AMOUNT', ['text']]);
    }
  });

  it('rejects bad arguments and options', () => {
    expect(codeOf(() => parseCnyAmount(7000 as never))).toEqual(['INVALID_TYPE', ['text']]);
    expect(codeOf(() => parseCnyAmount(null as never))).toEqual(['INVALID_TYPE', ['text']]);
    expect(codeOf(() => parseCnyAmount('7000', { unit: '千元' as never }))).toEqual(['INVALID_OPTION', ['options', 'unit']]);
    expect(codeOf(() => parseCnyAmount('7000', { units: '万元' } as never))).toEqual(['UNKNOWN_OPTION', ['options', 'units']]);
  });

  it('accepts frozen options', () => {
    expect(parseCnyAmount('3', Object.freeze({ unit: '万元' as const }))).toBe('30000');
  });
});

describe('formatCnyAmount', () => {
  it('writes amounts as the plan does', () => {
    expect(formatCnyAmount('70000000')).toBe('7000万');
    expect(formatCnyAmount('215000000')).toBe('2.15亿');
    expect(formatCnyAmount('327700000')).toBe('3.277亿');
    expect(formatCnyAmount('200000000')).toBe('2亿');
    expect(formatCnyAmount('4000000')).toBe('400万');
    expect(formatCnyAmount(null)).toBe('—');
    expect(formatCnyAmount('2900')).toBe('2900元');
    expect(formatCnyAmount('0')).toBe('0元');
    expect(formatCnyAmount('10000')).toBe('1万');
    expect(formatCnyAmount('99999999')).toBe('9999.9999万');
  });

  it('takes a fixed unit and an optional 元', () => {
    expect(formatCnyAmount('1463700000', { yuan: true })).toBe('14.637亿元');
    expect(formatCnyAmount('4000000', { unit: '亿' })).toBe('0.04亿');
    expect(formatCnyAmount('215000000', { unit: '万' })).toBe('21500万');
    expect(formatCnyAmount('215000000', { unit: '元' })).toBe('215000000元');
    expect(formatCnyAmount('0.5', { unit: '万' })).toBe('0.00005万');
  });

  it('rejects what is not an exact yuan string', () => {
    expect(codeOf(() => formatCnyAmount(70000000 as never))).toEqual(['INVALID_TYPE', ['yuan']]);
    for (const bad of ['7e7', '-1', '1.50', '007', '', '1.', '7000万']) {
      expect(codeOf(() => formatCnyAmount(bad)), bad).toEqual(['INVALID_AMOUNT', ['yuan']]);
    }
    expect(codeOf(() => formatCnyAmount('1', { unit: '千' as never }))).toEqual(['INVALID_OPTION', ['options', 'unit']]);
    expect(codeOf(() => formatCnyAmount('1', { yuan: 'yes' as never }))).toEqual(['INVALID_TYPE', ['options', 'yuan']]);
    expect(codeOf(() => formatCnyAmount('1', { suffix: true } as never))).toEqual(['UNKNOWN_OPTION', ['options', 'suffix']]);
  });
});

describe('laws (property tests)', () => {
  const yuan = fc
    .tuple(fc.bigInt({ min: 0n, max: 10n ** 20n }), fc.integer({ min: 0, max: 6 }))
    .map(([n, d]) => {
      const digits = n.toString().padStart(d + 1, '0');
      const text = d === 0 ? digits : `${digits.slice(0, -d)}.${digits.slice(-d)}`;
      // Canonical: no leading zeros, no trailing fractional zeros.
      return text.replace(/^0+(?=\d)/, '').replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');
    });

  it('parse(format(x)) = x, in every unit', () => {
    fc.assert(
      fc.property(yuan, fc.constantFrom('auto', '元', '万', '亿') as fc.Arbitrary<'auto' | '元' | '万' | '亿'>, fc.boolean(), (y, unit, suffix) => {
        expect(parseCnyAmount(formatCnyAmount(y, { unit, yuan: suffix }))).toBe(y);
      }),
    );
  });

  it('万 and 亿 scale by 10⁴ and 10⁸: n万 = n × 10000 元 and n亿 = 10000 × n万', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), (n) => {
        expect(parseCnyAmount(`${n}万`)).toBe(parseCnyAmount(`${BigInt(n) * 10000n}元`));
        expect(parseCnyAmount(`${n}亿`)).toBe(parseCnyAmount(`${BigInt(n) * 10000n}万`));
      }),
    );
  });
});
