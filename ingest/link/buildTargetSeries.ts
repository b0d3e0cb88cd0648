// Series of targets on one indicator within one jurisdiction: the five-year plan's target, each year's target
// and each reported actual (地区生产总值增长: ~6% in the 2021 plan, 8.6% reported for 2023, 6% for 2024),
// ordered by year. A series needs two points from two documents: one number alone is not a trajectory. Its
// points measure one thing: the same indicator in the same kind of unit (a count of parks and their area in
// 公顷 are two series), and an indicator that names a measure at all (not 项目, 提升 or 五年, which the
// target stage leaves when a sentence names no measure: those would join unrelated numbers).
import type { SeriesPoint, TargetSeries } from '../../src/model.js';
import type { CommitmentFeatures } from './commitmentFeatures.js';
import { COUNT_UNIT } from '../commitments/extractTargets.js';
import { indicatorKey } from './indicators.js';
import { isFiveYearPlan } from './jurisdictions.js';

/** Kinds of quantity, by unit (extractTargets.ts's units); a unit outside them is its own kind. */
const MEASURES: [string, RegExp][] = [
  ['percentage points', /^(?:个)?百分点$/],
  ['percent', /^[%‰]$/],
  ['money', /(?:元|美元)$/],
  ['area', /(?:平方公里|平方米|公顷|亩)$/],
  ['length', /(?:公里|千米|米)$/],
  ['duration', /^(?:天|小时|分钟)$/],
  ['multiple', /^倍$/],
  ['count', COUNT_UNIT],
  ['count', /^(?:床|张床位)$/],
];

function measureOf(unit: string): string {
  // A rate (亿元/平方公里, 元/月) is a kind of its own, whatever its numerator.
  if (unit.includes('/')) return unit;
  return MEASURES.find(([, pattern]) => pattern.test(unit))?.[0] ?? unit;
}

/** A change word, a period or a lone generic noun names no measure of its own (below three characters, no
 * indicator of these reports does: 地区生产总值, 四上企业, 物流园). */
const NO_MEASURE = /^(?:[一二三四五六七八九十两\d]+年|(?:同比|可比)?(?:增长|下降|增加|减少|提高|提升|降低)(?:至|到)?)$/;

function namesMeasure(indicatorKey: string): boolean {
  return [...indicatorKey].length >= 3 && !NO_MEASURE.test(indicatorKey);
}

const KIND_ORDER: Record<SeriesPoint['kind'], number> = { 'plan-target': 0, 'annual-target': 1, 'reported-actual': 2 };

function pointFor(f: CommitmentFeatures): Pick<SeriesPoint, 'kind' | 'year'> {
  const c = f.commitment;
  if (c.mode === 'achievement') return { kind: 'reported-actual', year: c.year ?? f.document.reviewYear };
  // A plan target stands at its deadline when it names one (到2025年 …), else at the plan's own year.
  if (isFiveYearPlan(f.document)) return { kind: 'plan-target', year: c.dueYear ?? f.document.year ?? c.year };
  return { kind: 'annual-target', year: c.year ?? f.document.year };
}

export function buildTargetSeries(features: readonly CommitmentFeatures[]): TargetSeries[] {
  const groups = new Map<string, { series: TargetSeries; documents: Set<string> }>();
  for (const f of features) {
    for (const target of f.commitment.targets) {
      const indicator = indicatorKey(target.indicator);
      if (!namesMeasure(indicator)) continue;
      const measure = measureOf(target.unit);
      const key = `${f.jurisdiction}\u0000${indicator}\u0000${measure}`;
      let group = groups.get(key);
      if (group === undefined) {
        group = { series: { indicator, measure, district: f.document.district, points: [] }, documents: new Set() };
        groups.set(key, group);
      }
      group.documents.add(f.document.id);
      group.series.points.push({
        ...pointFor(f),
        commitmentId: f.commitment.id,
        documentId: f.document.id,
        value: target.value,
        unit: target.unit,
        comparator: target.comparator,
      });
    }
  }
  const series = [...groups.entries()]
    .filter(([, g]) => g.documents.size >= 2)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, g]) => g.series);
  for (const s of series) {
    s.points.sort(
      (a, b) =>
        (a.year ?? Infinity) - (b.year ?? Infinity) ||
        KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
        a.commitmentId.localeCompare(b.commitmentId),
    );
  }
  return series;
}
