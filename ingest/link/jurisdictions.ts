// Who a document speaks for and when, and therefore which earlier documents a commitment of it may link to.
// Links never cross a jurisdiction (city + district) and never point forward in time; this module is the only
// place those two rules are decided.
import type { DocumentRecord } from '../../src/model.js';

/**
 * city + district; documents without a district are city-level and form their own jurisdiction. A document that
 * names neither is a jurisdiction of its own: two such reports may well be two counties', and a missing link
 * misleads an auditor less than one into another government's plan.
 */
export function jurisdictionOf(document: DocumentRecord): string {
  if (document.city === null && document.district === null) return `?|?|${document.id}`;
  return `${document.city ?? '?'}|${document.district ?? '-'}`;
}

/**
 * The names of a document's own city and district as search keys (t: and h:), full and without their 市/区/县
 * suffix (海珠区, 海珠, 广州市, 广州): every report names its own government everywhere, so sharing them says
 * nothing about sharing an object.
 */
export function ownNameKeys(document: DocumentRecord): Set<string> {
  const keys = new Set<string>();
  for (const name of [document.city, document.district]) {
    if (name === null) continue;
    for (const form of [name, name.replace(/[市区县]$/, '')]) if (form.length >= 2) keys.add(`t:${form}`).add(`h:${form}`);
  }
  return keys;
}

export function isFiveYearPlan(document: DocumentRecord): boolean {
  return document.kind === 'five-year-plan';
}

/** Reports whose plan part sets out one year's promises. */
export function isAnnualPlan(document: DocumentRecord): boolean {
  return document.kind === 'plan-report' || document.kind === 'plan-report-interpretation' || document.kind === 'work-report';
}

const isOutline = (plan: DocumentRecord) => plan.title.includes('纲要');

function planStart(plan: DocumentRecord): number | null {
  return plan.period?.from ?? plan.year;
}

/**
 * The documents a promise made for `year` in `document` may originate from: the five-year plan of the same
 * jurisdiction in force that year (or, when none covers it, the latest earlier one) and the annual plans
 * between that plan's start and `year` (2024 → 2022 plan → 2021 outline). Never the document itself.
 */
export function originDocuments(document: DocumentRecord, year: number, all: readonly DocumentRecord[]): DocumentRecord[] {
  const jurisdiction = jurisdictionOf(document);
  const same = all.filter((d) => d.id !== document.id && jurisdictionOf(d) === jurisdiction);
  const plans = same.filter((d) => isFiveYearPlan(d) && (planStart(d) ?? Infinity) <= year);
  const covering = plans.filter((d) => d.period !== null && d.period.to >= year);
  // Of two plans for the same period, the outline itself (…纲要) before what led to it (区委…的建议), which the
  // period and the words alone do not tell apart; then by id, so the choice never depends on input order.
  const byStart = (a: DocumentRecord, b: DocumentRecord) =>
    (planStart(b) ?? 0) - (planStart(a) ?? 0) || Number(isOutline(b)) - Number(isOutline(a)) || a.id.localeCompare(b.id);
  const plan = (covering.length > 0 ? covering : plans).sort(byStart)[0];
  // A five-year plan continues the previous plan, not the annual plans of the previous period.
  if (isFiveYearPlan(document)) return plans.filter((d) => (d.period?.to ?? d.year ?? Infinity) < year).sort(byStart).slice(0, 1);
  const from = plan === undefined ? -Infinity : (planStart(plan) ?? -Infinity);
  const annual = same.filter((d) => isAnnualPlan(d) && d.year !== null && d.year < year && d.year >= from);
  return plan === undefined ? annual : [plan, ...annual];
}

/** How many years before the achievement an annual plan's promise may still be reported on: a review reports
 * on its own year's plan, and on a work the previous year's plan started and this year finished (环岛路石岗路段 begun
 * under the 2022 plan, opened in 2023). Older annual promises had their own review in between; hand-judged
 * samples of the corpus's links to a plan three years older were mostly wrong (a shared generic word). */
const REPORTED_ANNUAL_LAG = 1;

/**
 * The documents whose promises an achievement of `year` in `document` may report on: same jurisdiction; a
 * five-year plan whose period holds that year (any earlier one when its period is unknown), or an annual plan for
 * that year or the one before (REPORTED_ANNUAL_LAG); never later than the report's own review year (a misdated
 * 2035 clause in a 2020 report must not reach a 2024 plan). Never the document itself: its plan part is not yet
 * done.
 */
export function reportedDocuments(document: DocumentRecord, year: number, all: readonly DocumentRecord[]): DocumentRecord[] {
  const jurisdiction = jurisdictionOf(document);
  const latest = Math.min(year, document.reviewYear ?? document.year ?? year);
  const inForce = (d: DocumentRecord) =>
    isFiveYearPlan(d) ? d.period === null || d.period.to >= year : isAnnualPlan(d) && d.year! >= year - REPORTED_ANNUAL_LAG;
  return all.filter((d) => d.id !== document.id && jurisdictionOf(d) === jurisdiction && d.year !== null && d.year <= latest && inForce(d));
}
