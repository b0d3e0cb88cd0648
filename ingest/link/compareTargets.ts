// Shared or changed targets, the target part of a link's evidence: the later commitment's own targets set
// against the linked commitment's, indicator by indicator (indicatorKey: 地区生产总值年均增长 ↔ 地区生产总值增长).
// A promise against its origin says whether the figure stayed, rose or fell (6%左右 in the plan, 6% for 2024); a
// reported figure against its promise whether the promise was met (8.6% reported on 6%左右). Figures in different
// units (17家 against 4个, 20个 against 14公顷) are named but not compared: a number alone cannot say which is more.
import type { LinkType, Target, TargetChange, TargetComparison } from '../../src/model.js';
import { indicatorKey } from './indicators.js';

/** Whether a reported figure meets a promised one of the same indicator and unit: at most it for a ceiling
 * (<=), within 5% below it for an approximate figure (左右), otherwise at least it. */
export function meets(actual: Target, promised: Target): boolean {
  if (indicatorKey(actual.indicator) !== indicatorKey(promised.indicator) || actual.unit !== promised.unit) return false;
  switch (promised.comparator) {
    case '<=':
      return actual.value <= promised.value;
    case '~':
      return actual.value >= promised.value * 0.95;
    default:
      return actual.value >= promised.value;
  }
}

function change(type: LinkType, later: Target, earlier: Target): TargetChange {
  if (later.unit !== earlier.unit) return 'other-unit';
  if (type === 'REPORTS_ON') return meets(later, earlier) ? 'met' : 'not-met';
  return later.value === earlier.value ? 'same' : later.value > earlier.value ? 'raised' : 'lowered';
}

/** Every pair of a later and an earlier target on one indicator, in the later commitment's order. */
export function compareTargets(type: LinkType, later: readonly Target[], earlier: readonly Target[]): TargetComparison[] {
  const comparisons: TargetComparison[] = [];
  for (const l of later) {
    const key = indicatorKey(l.indicator);
    for (const e of earlier) {
      if (indicatorKey(e.indicator) !== key) continue;
      comparisons.push({ indicator: l.indicator, later: l.text, earlier: e.text, change: change(type, l, e) });
    }
  }
  return comparisons;
}
