/**
 * The colours of the six AQI categories, HJ 633-2012 Appendix A Table A.1 and HJ 633-2026 Appendix A
 * Table A.1 (identical in both editions): RGB for screens, CMYK for print.
 */
export const HJ633_COLORS = Object.freeze([
  color('绿色', 'green', [0, 228, 0], [40, 0, 100, 0]),
  color('黄色', 'yellow', [255, 255, 0], [0, 0, 100, 0]),
  color('橙色', 'orange', [255, 126, 0], [0, 52, 100, 0]),
  color('红色', 'red', [255, 0, 0], [0, 100, 100, 0]),
  color('紫色', 'purple', [153, 0, 76], [10, 100, 40, 30]),
  color('褐红色', 'maroon', [126, 0, 35], [30, 100, 100, 30]),
] as const);

/**
 * The colours of the six US AQI categories: 40 CFR Part 58 Appendix G Table 1 names them (green, yellow, orange,
 * red, purple, maroon) and the EPA's Technical Assistance Document (EPA-454/B-24-002, Table 2) gives the RGB
 * values: #00E400, #FFFF00, #FF7E00, #FF0000, #8F3F97, #7E0023. No CMYK is recorded.
 */
export const EPA_COLORS = Object.freeze([
  color('绿色', 'green', [0, 228, 0], undefined),
  color('黄色', 'yellow', [255, 255, 0], undefined),
  color('橙色', 'orange', [255, 126, 0], undefined),
  color('红色', 'red', [255, 0, 0], undefined),
  color('紫色', 'purple', [143, 63, 151], undefined),
  color('褐红色', 'maroon', [126, 0, 35], undefined),
] as const);

/** The Chinese level names 一级 … 六级 with the conventional Roman numerals. */
export const HJ633_LEVEL_NAMES = Object.freeze(
  (['一级', '二级', '三级', '四级', '五级', '六级'] as const).map((zh, i) =>
    Object.freeze({ zh, en: ['I', 'II', 'III', 'IV', 'V', 'VI'][i] as string }),
  ),
);

/** The category names 优 … 严重污染 with their usual (not standard) English names. */
export const HJ633_CATEGORY_NAMES = Object.freeze([
  Object.freeze({ zh: '优', en: 'Excellent' }),
  Object.freeze({ zh: '良', en: 'Good' }),
  Object.freeze({ zh: '轻度污染', en: 'Lightly polluted' }),
  Object.freeze({ zh: '中度污染', en: 'Moderately polluted' }),
  Object.freeze({ zh: '重度污染', en: 'Heavily polluted' }),
  Object.freeze({ zh: '严重污染', en: 'Severely polluted' }),
]);

/** `#RRGGBB` of an RGB triple. */
export function toHex(rgb: readonly [number, number, number]): string {
  return `#${rgb.map((c) => c.toString(16).padStart(2, '0').toUpperCase()).join('')}`;
}

function color(zh: string, en: string, rgb: readonly [number, number, number], cmyk: readonly [number, number, number, number] | undefined) {
  return Object.freeze({ name: Object.freeze({ zh, en }), rgb: Object.freeze(rgb), hex: toHex(rgb), cmyk: cmyk === undefined ? undefined : Object.freeze(cmyk) });
}
