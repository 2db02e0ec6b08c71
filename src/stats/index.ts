/**
 * Percentiles (HJ 663-2013 Appendix A) and trend tests: Spearman (HJ 663-2013 Appendix B), Mann–Kendall,
 * Theil–Sen.
 *
 * @module Statistics
 */
export { percentile } from './percentile.js';
export { TrendPointSchema, type TrendPoint, type TrendDirection } from './trendPoint.js';
export {
  spearmanTrend,
  SPEARMAN_ALPHAS,
  SPEARMAN_CRITICAL_VALUES,
  SPEARMAN_EXACT_MAX_N,
  type SpearmanAlpha,
  type SpearmanTrend,
  type SpearmanTrendOptions,
} from './spearmanTrend.js';
export { mannKendall, type MannKendall, type MannKendallOptions } from './mannKendall.js';
export { theilSen, THEIL_SEN_INTERCEPTS, type TheilSen, type TheilSenIntercept, type TheilSenOptions } from './theilSen.js';
