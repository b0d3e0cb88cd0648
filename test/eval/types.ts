// What each evaluation module returns to test/eval/run.ts, which prints them and checks nothing else.
export interface EvalSection {
  title: string;
  /** Metric name → value; numbers print with three decimals. */
  rows: [string, number | string][];
}

/** Where the hand-made gold labels live (../shared/eval/dev), overridable for other label sets. */
export const EVAL_DIR = process.env.PLEDGEGRAPH_EVAL_DIR ?? new URL('../../../shared/eval/dev/', import.meta.url).pathname;
