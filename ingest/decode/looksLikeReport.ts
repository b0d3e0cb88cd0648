// A cheap, honest gate: does a decoded text read like a Chinese government report at all? It exists so that a
// recipe, an English README or a mis-picked file is refused with a clear reason instead of yielding an empty
// or nonsensical graph. It must never judge quality or kind: any report of the family, however short or
// oddly laid out, passes, so it only asks for Chinese text and the words every such report uses.
import { IngestError } from '../../src/errors.js';

/** Fewer Han characters than this is not a report (a report's title alone has about ten). */
export const MIN_HAN_CHARACTERS = 40;
/** Fewer occurrences of report words than this is not a report: real reports use them hundreds of times. */
export const MIN_REPORT_WORDS = 3;
// 报告/规划/计划/工作/发展/推进/建设 and their traditional forms.
const REPORT_WORDS = /报告|報告|规划|規劃|计划|計劃|工作|发展|發展|推进|推進|建设|建設/g;
const HAN = /\p{Script=Han}/gu;

/** True when `pattern` (global) occurs at least `wanted` times in `text`; stops looking once it has. */
function occursAtLeast(text: string, pattern: RegExp, wanted: number): boolean {
  pattern.lastIndex = 0;
  let found = 0;
  while (found < wanted && pattern.exec(text) !== null) found++;
  pattern.lastIndex = 0;
  return found >= wanted;
}

export function checkLooksLikeReport(text: string, file: string): void {
  // A report passes after its first lines; only a refusal needs the whole counts, for its message.
  if (occursAtLeast(text, HAN, MIN_HAN_CHARACTERS) && occursAtLeast(text, REPORT_WORDS, MIN_REPORT_WORDS)) return;
  const han = text.match(HAN)?.length ?? 0;
  const words = text.match(REPORT_WORDS)?.length ?? 0;
  if (han < MIN_HAN_CHARACTERS || words < MIN_REPORT_WORDS) {
    throw new IngestError(
      file,
      `does not look like a government report (${han} Chinese characters, ${words} report words such as 报告/规划/工作/发展; ` +
        `need at least ${MIN_HAN_CHARACTERS} and ${MIN_REPORT_WORDS})`,
    );
  }
}
