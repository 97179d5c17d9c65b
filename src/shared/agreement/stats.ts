/**
 * Inter-coder agreement formulas on contingency data. Pure functions; no knowledge of codings.
 *
 * Undefined values are NaN, never a made-up number: percent agreement and kappa of an empty table,
 * kappa when the expected agreement is 1 (both coders used one and the same category for every
 * unit), alpha when there is no expected disagreement (no variation in the pairable values).
 *
 * Validated in test/unit/agreement/stats.test.ts against published worked examples (Wikipedia
 * "Cohen's kappa"; Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability").
 *
 * Not included: Krippendorff's unitized alpha (cu-alpha / |u|alpha). Werkbank's character-level
 * agreement uses the nominal alpha on character units instead (see agreement.ts).
 */

export type Table = readonly (readonly number[])[];

function checkSquare(table: Table): number {
  const k = table.length;
  for (const row of table) {
    if (row.length !== k) throw new Error(`contingency table must be square (${k} rows, a row of ${row.length})`);
    for (const v of row) if (!(v >= 0) || !Number.isFinite(v)) throw new Error(`contingency counts must be finite and ≥ 0 (got ${v})`);
  }
  return k;
}

function total(table: Table): number {
  let n = 0;
  for (const row of table) for (const v of row) n += v;
  return n;
}

/** Share of units on the diagonal (both coders chose the same category); NaN for an empty table. */
export function percentAgreement(table: Table): number {
  const k = checkSquare(table);
  const n = total(table);
  if (n === 0) return NaN;
  let agree = 0;
  for (let i = 0; i < k; i++) agree += table[i][i];
  return agree / n;
}

export interface KappaResult {
  kappa: number;
  /** Observed agreement. */
  po: number;
  /** Agreement expected by chance from each coder's own marginals. */
  pe: number;
  /** Number of units. */
  n: number;
}

/**
 * Cohen's kappa (Cohen 1960) of a square confusion matrix: rows = coder A's categories, columns =
 * coder B's, same order. κ = (po − pe) / (1 − pe) with pe = Σ (row_i / n)(col_i / n).
 */
export function cohensKappa(table: Table): KappaResult {
  const k = checkSquare(table);
  const n = total(table);
  if (n === 0) return { kappa: NaN, po: NaN, pe: NaN, n: 0 };
  let agree = 0;
  let pe = 0;
  for (let i = 0; i < k; i++) {
    agree += table[i][i];
    let row = 0;
    let col = 0;
    for (let j = 0; j < k; j++) {
      row += table[i][j];
      col += table[j][i];
    }
    pe += (row / n) * (col / n);
  }
  const po = agree / n;
  // Guard against rounding: pe can come out as 1 + ε.
  const kappa = pe >= 1 - 1e-12 ? NaN : (po - pe) / (1 - pe);
  return { kappa, po, pe, n };
}

export interface AlphaResult {
  alpha: number;
  /** Observed disagreement D_o. */
  do: number;
  /** Disagreement expected by chance D_e. */
  de: number;
  /** Number of pairable values (n.. of the coincidence matrix). */
  n: number;
}

/**
 * Krippendorff's alpha, nominal metric, from a coincidence matrix o (symmetric, o[c][k] = number
 * of c–k pairs weighted by 1 / (m_u − 1)): α = 1 − D_o / D_e with
 * D_o = Σ_{c≠k} o_ck / n and D_e = Σ_{c≠k} n_c n_k / (n (n − 1)).
 */
export function krippendorffAlphaFromCoincidence(o: Table): AlphaResult {
  const k = checkSquare(o);
  const nc = new Float64Array(k);
  let n = 0;
  let off = 0;
  for (let c = 0; c < k; c++) {
    for (let d = 0; d < k; d++) {
      nc[c] += o[c][d];
      if (c !== d) off += o[c][d];
    }
    n += nc[c];
  }
  if (n <= 1) return { alpha: NaN, do: NaN, de: NaN, n };
  let sumSq = 0;
  for (let c = 0; c < k; c++) sumSq += nc[c] * nc[c];
  const dObs = off / n;
  const dExp = (n * n - sumSq) / (n * (n - 1));
  return { alpha: dExp <= 1e-15 ? NaN : 1 - dObs / dExp, do: dObs, de: dExp, n };
}

/**
 * Krippendorff's alpha for nominal data (Krippendorff 2011, coincidence-matrix method). `units`
 * holds one row per unit with one value per coder; null = that coder gave no value. Units with
 * fewer than two values are not pairable and are left out.
 */
export function krippendorffAlphaNominal(units: readonly (readonly (string | null)[])[]): AlphaResult {
  const index = new Map<string, number>();
  for (const unit of units) for (const v of unit) if (v !== null && !index.has(v)) index.set(v, index.size);
  const k = index.size;
  const o = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  const counts = new Float64Array(k);
  for (const unit of units) {
    counts.fill(0);
    let m = 0;
    for (const v of unit) {
      if (v === null) continue;
      counts[index.get(v)!]++;
      m++;
    }
    if (m < 2) continue;
    for (let c = 0; c < k; c++) {
      if (counts[c] === 0) continue;
      for (let d = 0; d < k; d++) {
        if (counts[d] === 0) continue;
        o[c][d] += (c === d ? counts[c] * (counts[c] - 1) : counts[c] * counts[d]) / (m - 1);
      }
    }
  }
  return krippendorffAlphaFromCoincidence(o);
}

/**
 * Nominal alpha of two coders who both coded every unit, from their confusion matrix (rows = A,
 * columns = B): each unit adds one (a, b) and one (b, a) pair, so o = T + Tᵀ. Equal to
 * `krippendorffAlphaNominal` on the same units (tested).
 */
export function krippendorffAlphaNominalTable(table: Table): AlphaResult {
  const k = checkSquare(table);
  const o = Array.from({ length: k }, (_, i) => Array.from({ length: k }, (_, j) => table[i][j] + table[j][i]));
  return krippendorffAlphaFromCoincidence(o);
}
