// Series of targets on one indicator within one jurisdiction: the five-year plan's target, each year's target
// and each reported actual (地区生产总值增长: ~6% in the 2021 plan, 8.6% reported for 2023, 6% for 2024),
// ordered by year. A series needs two points from two documents: one number alone is not a trajectory.
import type { SeriesPoint, TargetSeries } from '../../src/model.js';
import type { CommitmentFeatures } from './commitmentFeatures.js';
import { indicatorKey } from './indicators.js';
import { isFiveYearPlan } from './jurisdictions.js';

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
      const key = `${f.jurisdiction}\u0000${indicator}`;
      let group = groups.get(key);
      if (group === undefined) {
        group = { series: { indicator, district: f.document.district, points: [] }, documents: new Set() };
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
