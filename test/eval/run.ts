// `npm run eval`: runs the extractor on corpus/ and scores it against the hand-made labels in
// ../shared/eval/dev (or PLEDGEGRAPH_EVAL_DIR). Prints figures; asserts nothing, so it never hides a number.
// `npm run eval -- --detail` adds, per labelled sentence, the plan lines ranked for it beside the gold ones.
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config.js';
import { extractGraph } from '../../ingest/pipeline.js';
import { collectSourceFiles } from '../../ingest/sourceFiles.js';
import { evaluateCommitments } from './commitmentEval.js';
import { evaluateEntities } from './entityEval.js';
import { evaluateBm25Baseline, evaluateCalibration, evaluateLinks, evaluateReportsOn, linkDetails } from './linkEval.js';
import { linkCommitmentsWith } from '../../ingest/link/linkCommitments.js';
import { commitmentFeatures } from '../../ingest/link/commitmentFeatures.js';
import { goalsHeldToGoalThreshold } from '../../ingest/link/goalThreshold.js';
import { MIN_GOAL_ORIGIN_SCORE, MIN_ORIGIN_SCORE } from '../../ingest/link/linkDefaults.js';
import { EVAL_DIR, type EvalSection } from './types.js';

function print(section: EvalSection): void {
  console.log(`\n${section.title}`);
  const width = Math.max(...section.rows.map(([name]) => name.length));
  for (const [name, value] of section.rows) {
    console.log(`  ${name.padEnd(width)}  ${typeof value === 'number' && !Number.isInteger(value) ? value.toFixed(3) : value}`);
  }
}

const started = performance.now();
const { sources, failures } = await collectSourceFiles([path.join(PROJECT_ROOT, 'corpus')]);
const result = extractGraph(sources);
const elapsed = performance.now() - started;
for (const f of [...failures, ...result.failures]) console.error(`error: ${f.message}`);

const originals = new Map([...result.texts].map(([id, doc]) => [id, doc.text]));
const withNames = new Map([...result.texts].map(([id, doc]) => [id, { fileName: doc.record.fileName, text: doc.text }]));
const g = result.graph;

console.log(`Pledgegraph evaluation against ${EVAL_DIR}`);
console.log(
  `corpus: ${g.documents.length} documents, ${g.commitments.length} commitments, ${g.entities.length} entities, ` +
    `${g.links.length} links; extracted in ${elapsed.toFixed(0)} ms`,
);
print(evaluateEntities(g.entities, withNames));
print(evaluateCommitments(g.commitments, g.documents, originals));
print(evaluateLinks(g, originals));
print(evaluateBm25Baseline(originals, g.documents));
print(evaluateReportsOn(g, originals));
print(evaluateBm25Baseline(originals, g.documents, 'REPORTS_ON'));
const matchTexts = new Map([...result.texts].map(([id, doc]) => [id, doc.matchText]));
// The curve is of the direct links: origins through annual plans follow from two links already over the threshold.
const atZero = linkCommitmentsWith({ documents: g.documents, commitments: g.commitments, entities: g.entities, matchTexts }, { minScore: 0, minGoalScore: 0, throughAnnualPlans: false });
const documents = new Map(g.documents.map((d) => [d.id, d]));
const heldToGoalThreshold = goalsHeldToGoalThreshold(g.commitments.map((c) => commitmentFeatures(c, documents.get(c.documentId)!, matchTexts.get(c.documentId))));
for (const section of evaluateCalibration(g, originals, atZero.links, { promise: MIN_ORIGIN_SCORE, goal: MIN_GOAL_ORIGIN_SCORE }, heldToGoalThreshold)) print(section);
if (process.argv.includes('--detail')) {
  console.log('\nOrigins per labelled sentence (plan lines, best first)');
  for (const line of linkDetails(g, originals)) console.log(`  ${line}`);
  console.log('\nReported-on promises per labelled claim (plan lines, best first)');
  for (const line of linkDetails(g, originals, 'REPORTS_ON')) console.log(`  ${line}`);
}
