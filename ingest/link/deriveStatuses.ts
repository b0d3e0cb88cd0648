// The status of every plan commitment (commitments of five-year plans and promises of annual plans) from the
// links pointing at it: reported-done / reported-progress (REPORTS_ON achievements; done when the achievement is
// worded as finished or meets the promise's target), re-promised (a later promise ORIGINATES_FROM it), or
// no-later-mention. A report of results says more than a repeated promise, so reports win over re-promises.
import type { Link, StatusRecord } from '../../src/model.js';
import type { CommitmentFeatures } from './commitmentFeatures.js';
import { meets } from './compareTargets.js';
import { isWordedAsDone } from './completionWords.js';
import { isAnnualPlan, isFiveYearPlan } from './jurisdictions.js';

function isPlanCommitment(f: CommitmentFeatures): boolean {
  if (f.commitment.mode === 'achievement') return false;
  return isFiveYearPlan(f.document) || (isAnnualPlan(f.document) && f.commitment.mode === 'promise');
}

export function deriveStatuses(
  features: readonly CommitmentFeatures[],
  links: readonly Link[],
  matchTexts: ReadonlyMap<string, string>,
): StatusRecord[] {
  const byId = new Map(features.map((f) => [f.commitment.id, f]));
  const incoming = new Map<string, Link[]>();
  for (const link of links) {
    const list = incoming.get(link.to);
    if (list === undefined) incoming.set(link.to, [link]);
    else list.push(link);
  }
  const statuses: StatusRecord[] = [];
  for (const f of features) {
    if (!isPlanCommitment(f)) continue;
    const promise = f.commitment;
    const inbound = incoming.get(promise.id) ?? [];
    const reports = inbound.filter((l) => l.type === 'REPORTS_ON').map((l) => l.from).sort();
    const repromises = inbound.filter((l) => l.type === 'ORIGINATES_FROM').map((l) => l.from).sort();
    if (reports.length > 0) {
      const done = reports.filter((id) => {
        const a = byId.get(id)?.commitment;
        if (a === undefined) return false;
        const words = matchTexts.get(a.documentId)?.slice(a.start, a.end) ?? a.text;
        return isWordedAsDone(words) || a.targets.some((t) => promise.targets.some((p) => meets(t, p)));
      });
      statuses.push(
        done.length > 0
          ? { commitmentId: promise.id, status: 'reported-done', evidenceIds: done }
          : { commitmentId: promise.id, status: 'reported-progress', evidenceIds: reports },
      );
    } else if (repromises.length > 0) {
      statuses.push({ commitmentId: promise.id, status: 're-promised', evidenceIds: repromises });
    } else {
      statuses.push({ commitmentId: promise.id, status: 'no-later-mention', evidenceIds: [] });
    }
  }
  return statuses;
}
