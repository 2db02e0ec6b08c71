/**
 * Liuzhou PM2.5 annual means in µg/m³ (standard state), an outside reference shared by the trend and planning
 * tests: 2013, 2014, 2016 and 2017 as the attainment plan quotes them (§一(二), Table 1), 2018 and 2019 as
 * published.
 */
export const LIUZHOU_PM25: ReadonlyArray<{ readonly year: number; readonly value: number }> = Object.freeze([
  { year: 2013, value: 70 },
  { year: 2014, value: 67 },
  { year: 2016, value: 44 },
  { year: 2017, value: 45 },
  { year: 2018, value: 41 },
  { year: 2019, value: 38 },
]);
