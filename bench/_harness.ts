/** A small benchmark harness: runs a task until a time budget is spent and reports rates (not a test). */
export interface BenchResult {
  readonly name: string;
  readonly runs: number;
  readonly msPerRun: number;
  readonly valuesPerSecond: number;
}

export function bench(name: string, values: number, task: () => unknown, budgetMs = 1000): BenchResult {
  for (let i = 0; i < 3; i++) task(); // warm up
  let runs = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < budgetMs || runs < 5) {
    task();
    runs++;
    elapsed = performance.now() - start;
  }
  const msPerRun = elapsed / runs;
  const result = { name, runs, msPerRun, valuesPerSecond: (values / msPerRun) * 1000 };
  console.log(
    `${name.padEnd(58)} ${msPerRun.toFixed(3).padStart(10)} ms/run ${format(result.valuesPerSecond).padStart(12)} values/s  (${runs} runs)`,
  );
  return result;
}

function format(n: number): string {
  return n >= 1e6 ? `${(n / 1e6).toFixed(1)} M` : n >= 1e3 ? `${(n / 1e3).toFixed(1)} k` : n.toFixed(0);
}
