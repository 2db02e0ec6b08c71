/**
 * The standard normal distribution to full double precision, for the p-values and confidence limits of the
 * trend tests (private).
 *
 * - Distribution function: W. J. Cody, "Rational Chebyshev approximations for the error function",
 *   Math. Comp. 23 (1969) 631–637, in the three-interval form R's `pnorm` uses
 *   (https://svn.r-project.org/R/trunk/src/nmath/pnorm.c): relative error near 1e-16 in both tails.
 * - Quantile: M. J. Wichura, "Algorithm AS 241: The percentage points of the normal distribution",
 *   Applied Statistics 37 (1988) 477–484 (PPND16), relative error near 1e-16 — what scipy's `ndtri` and R's
 *   `qnorm` compute.
 */

const A = [2.2352520354606839287, 161.02823106855587881, 1067.6894854603709582, 18154.981253343561249, 0.065682337918207449113];
const B = [47.20258190468824187, 976.09855173777669322, 10260.932208618978205, 45507.789335026729956];
const C = [
  0.39894151208813466764, 8.8831497943883759412, 93.506656132177855979, 597.27027639480026226, 2494.5375852903726711,
  6848.1904505362823326, 11602.651437647350124, 9842.7148383839780218, 1.0765576773720192317e-8,
];
const D = [
  22.266688044328115691, 235.38790178262499861, 1519.377599407554805, 6485.558298266760755, 18615.571640885098091,
  34900.952721145977266, 38912.003286093271411, 19685.429676859990727,
];
const P = [0.21589853405795699, 0.1274011611602473639, 0.022235277870649807, 0.001421619193227893466, 2.9112874951168792e-5, 0.02307344176494017303];
const Q = [1.28426009614491121, 0.468238212480865118, 0.0659881378689285515, 0.00378239633202758244, 7.29751555083966205e-5];
const ONE_OVER_SQRT_2PI = 0.398942280401432677939946059934;
const SQRT_32 = 5.656854249492380195206754896838;

/** exp(−x²/2) · factor, splitting x so that x² is exact in the leading part (Cody's device against cancellation). */
function gaussianTail(x: number, factor: number): number {
  const xsq = Math.trunc(x * 16) / 16;
  const del = (x - xsq) * (x + xsq);
  return Math.exp(-xsq * xsq * 0.5) * Math.exp(-del * 0.5) * factor;
}

/** [P(Z ≤ x), P(Z > x)] for a standard normal Z. */
function normalBoth(x: number): [number, number] {
  const y = Math.abs(x);
  if (y <= 0.67448975) {
    let xnum = 0;
    let xden = 0;
    if (y > 1.1102230246251565e-16) {
      const xsq = x * x;
      xnum = (A[4] as number) * xsq;
      xden = xsq;
      for (let i = 0; i < 3; i++) {
        xnum = (xnum + (A[i] as number)) * xsq;
        xden = (xden + (B[i] as number)) * xsq;
      }
    }
    const temp = (x * (xnum + (A[3] as number))) / (xden + (B[3] as number));
    return [0.5 + temp, 0.5 - temp];
  }
  let lowerOfY: number;
  if (y <= SQRT_32) {
    let xnum = (C[8] as number) * y;
    let xden = y;
    for (let i = 0; i < 7; i++) {
      xnum = (xnum + (C[i] as number)) * y;
      xden = (xden + (D[i] as number)) * y;
    }
    lowerOfY = gaussianTail(y, (xnum + (C[7] as number)) / (xden + (D[7] as number)));
  } else if (y < 37.5193) {
    const xsq = 1 / (x * x);
    let xnum = (P[5] as number) * xsq;
    let xden = xsq;
    for (let i = 0; i < 4; i++) {
      xnum = (xnum + (P[i] as number)) * xsq;
      xden = (xden + (Q[i] as number)) * xsq;
    }
    const temp = (xsq * (xnum + (P[4] as number))) / (xden + (Q[4] as number));
    lowerOfY = gaussianTail(y, (ONE_OVER_SQRT_2PI - temp) / y);
  } else {
    lowerOfY = 0;
  }
  // lowerOfY is P(Z > |x|) (the small tail).
  return x > 0 ? [1 - lowerOfY, lowerOfY] : [lowerOfY, 1 - lowerOfY];
}

/** P(Z ≤ x) for a standard normal Z. */
export function normalCdf(x: number): number {
  return normalBoth(x)[0];
}

/** P(Z > x) for a standard normal Z, accurate in the far upper tail. */
export function normalUpper(x: number): number {
  return normalBoth(x)[1];
}

const QA = [3.387132872796366608, 133.14166789178437745, 1971.5909503065514427, 13731.693765509461125, 45921.953931549871457, 67265.770927008700853, 33430.575583588128105, 2509.0809287301226727];
const QB = [1, 42.313330701600911252, 687.1870074920579083, 5394.1960214247511077, 21213.794301586595867, 39307.89580009271061, 28729.085735721942674, 5226.495278852854561];
const QC = [1.42343711074968357734, 4.6303378461565452959, 5.7694972214606914055, 3.64784832476320460504, 1.27045825245236838258, 0.24178072517745061177, 0.0227238449892691845833, 7.7454501427834140764e-4];
const QD = [1, 2.05319162663775882187, 1.6763848301838038494, 0.68976733498510000455, 0.14810397642748007459, 0.0151986665636164571966, 5.475938084995344946e-4, 1.05075007164441684324e-9];
const QE = [6.6579046435011037772, 5.4637849111641143699, 1.7848265399172913358, 0.29656057182850489123, 0.026532189526576123093, 0.0012426609473880784386, 2.71155556874348757815e-5, 2.01033439929228813265e-7];
const QF = [1, 0.59983220655588793769, 0.13692988092273580531, 0.0148753612908506148525, 7.868691311456132591e-4, 1.8463183175100546818e-5, 1.4215117583164458887e-7, 2.04426310338993978564e-15];

function horner(coefficients: ReadonlyArray<number>, x: number): number {
  let value = 0;
  for (let i = coefficients.length - 1; i >= 0; i--) value = value * x + (coefficients[i] as number);
  return value;
}

/** The standard normal quantile z with P(Z ≤ z) = p, for 0 < p < 1 (AS 241). */
export function normalQuantile(p: number): number {
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    return (q * horner(QA, r)) / horner(QB, r);
  }
  let r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
  let value: number;
  if (r <= 5) {
    r -= 1.6;
    value = horner(QC, r) / horner(QD, r);
  } else {
    r -= 5;
    value = horner(QE, r) / horner(QF, r);
  }
  return q < 0 ? -value : value;
}
