// The lineage stage on small hand-written reports: what links, what must not, and which way in time.
import { beforeAll, describe, expect, it } from 'vitest';
import { linkCommitmentsWith } from '../../ingest/link/linkCommitments.js';
import { ANNUAL_2022, documentRecord, linkFixture, loadTokenizer, LIWAN_2024, PLAN_2021, PLAN_BACKGROUND, REPORT_2024, entity, linkInput } from './linkFixtures.js';

beforeAll(loadTokenizer, 60_000);

const PAZHOU = entity('e-pazhou', '琶洲人工智能与数字经济试验区', ['琶洲试验区']);

describe('linkCommitments: ORIGINATES_FROM', () => {
  it('links a renamed, abbreviated project to its plan commitment through the shared canonical entity', () => {
    const input = linkInput(
      [
        [PLAN_2021, [...PLAN_BACKGROUND, { id: 'plan-pz', text: '高标准建设琶洲人工智能与数字经济试验区地下空间和综合管廊。', entityIds: [PAZHOU.id] }]],
        [REPORT_2024, [{ id: 'p24-pz', text: '优化琶洲试验区地下空间及交通路网等基础设施。', entityIds: [PAZHOU.id] }]],
      ],
      [PAZHOU],
    );
    const { links } = linkFixture(input);
    const origin = links.find((l) => l.from === 'p24-pz');
    expect(origin).toMatchObject({ type: 'ORIGINATES_FROM', to: 'plan-pz', rank: 1 });
    expect(origin!.score).toBeGreaterThan(0);
    expect(origin!.score).toBeLessThanOrEqual(1);
    expect(origin!.evidence.sharedEntities).toEqual(['琶洲人工智能与数字经济试验区']);
  });

  it('reads a traditional-character plan through its matchText', () => {
    const input = linkInput([
      [PLAN_2021, [...PLAN_BACKGROUND, { id: 'plan-ring', text: '加快推进环岛路全线贯通,打通沙渡路断点。' }]],
      [REPORT_2024, [{ id: 'p24-ring', text: '力争打通环岛路沙渡路断点。' }]],
    ]);
    // The original plan says 環島路; only matchText (here simplified) is compared.
    const original = input.commitments.find((c) => c.id === 'plan-ring')!;
    original.text = original.text.replace('环岛路', '環島路');
    const { links } = linkFixture(input);
    expect(links.find((l) => l.from === 'p24-ring')?.to).toBe('plan-ring');
  });

  it('keeps the five-year plan origin when an annual plan restates the promise more closely', () => {
    const input = linkInput([
      [PLAN_2021, [...PLAN_BACKGROUND, { id: 'plan-ring', text: '完善综合交通体系,加快推进环岛路全线贯通。' }]],
      [ANNUAL_2022, [{ id: 'p22-ring', text: '力争拉通环岛路沙渡路至南洲路段,推进环岛路沙渡路段建设。' }]],
      [REPORT_2024, [{ id: 'p24-ring', text: '力争拉通环岛路沙渡路—南洲路段。' }]],
    ]);
    const targets = linkFixture(input).links.filter((l) => l.from === 'p24-ring').map((l) => l.to);
    expect(targets).toContain('plan-ring');
    expect(targets).toContain('p22-ring');
  });

  it('does not link two promises on the same topic about different objects', () => {
    const input = linkInput([
      [PLAN_2021, [...PLAN_BACKGROUND, { id: 'plan-dc', text: '建设数字经济创新高地,推动数字经济高质量发展。' }]],
      [REPORT_2024, [{ id: 'p24-model', text: '出台大模型应用示范区实施方案,推动数字经济高质量发展。' }]],
    ]);
    const { links } = linkFixture(input);
    expect(links.filter((l) => l.from === 'p24-model')).toEqual([]);
  });

  it('never links across districts, however alike the words', () => {
    const input = linkInput([
      [PLAN_2021, [...PLAN_BACKGROUND, { id: 'plan-ring', text: '加快推进环岛路全线贯通。' }]],
      [LIWAN_2024, [{ id: 'liwan-ring', text: '加快推进环岛路全线贯通。' }]],
    ]);
    expect(linkFixture(input).links).toEqual([]);
  });

  it('links no two documents that name no city and no district: they may be two counties', () => {
    const unknown = { city: null, district: null };
    const plan = documentRecord('plan-unknown', { ...unknown, kind: 'five-year-plan', year: 2021, period: { from: 2021, to: 2025 } });
    const report = documentRecord('report-unknown', { ...unknown, kind: 'work-report', year: 2024, reviewYear: 2023 });
    const input = linkInput([
      [plan, [...PLAN_BACKGROUND, { id: 'plan-ring', text: '加快推进环岛路全线贯通。' }]],
      [report, [{ id: 'report-ring', text: '加快推进环岛路全线贯通。' }]],
    ]);
    expect(linkFixture(input).links).toEqual([]);
    // The same two with their district known do link, so the rule above is what keeps them apart.
    const known = linkInput([
      [{ ...plan, city: '广州市', district: '海珠区' }, [...PLAN_BACKGROUND, { id: 'plan-ring', text: '加快推进环岛路全线贯通。' }]],
      [{ ...report, city: '广州市', district: '海珠区' }, [{ id: 'report-ring', text: '加快推进环岛路全线贯通。' }]],
    ]);
    expect(linkFixture(known).links.map((l) => [l.from, l.to])).toContainEqual(['report-ring', 'plan-ring']);
  });

  it("takes a period's outline (纲要) for the origin plan, not the party committee's proposal for it (建议)", () => {
    const period = { from: 2021, to: 2025 };
    const proposal = documentRecord('a-proposal', { kind: 'five-year-plan', year: 2021, period, title: '中共广州市海珠区委关于制定海珠区第十四个五年规划和二〇三五年远景目标的建议' });
    const outline = documentRecord('b-outline', { kind: 'five-year-plan', year: 2021, period, title: '广州市海珠区国民经济和社会发展第十四个五年规划和2035年远景目标纲要' });
    const input = linkInput([
      [proposal, [...PLAN_BACKGROUND.map((c) => ({ ...c, id: `p-${c.id}` })), { id: 'proposal-ring', text: '加快推进环岛路全线贯通。' }]],
      [outline, [...PLAN_BACKGROUND, { id: 'outline-ring', text: '加快推进环岛路全线贯通。' }]],
      [REPORT_2024, [{ id: 'p24-ring', text: '加快推进环岛路全线贯通。' }]],
    ]);
    const origins = linkFixture(input).links.filter((l) => l.from === 'p24-ring' && l.type === 'ORIGINATES_FROM').map((l) => l.to);
    expect(origins).toContain('outline-ring');
    expect(origins).not.toContain('proposal-ring');
  });

  it('links only later to earlier, and through the intermediate annual plan', () => {
    const input = linkInput([
      [PLAN_2021, [...PLAN_BACKGROUND, { id: 'plan-ring', text: '加快推进环岛路沙渡路段建设,实现环岛路全线贯通。' }]],
      [ANNUAL_2022, [{ id: 'p22-ring', text: '推进环岛路沙渡路段建设,力争环岛路全线贯通。' }]],
      [REPORT_2024, [{ id: 'p24-ring', text: '力争拉通环岛路沙渡路段,实现环岛路全线贯通。' }]],
    ]);
    // Three of eleven paragraphs name the ring road, so its IDF (and every score) is low here; this test is
    // about which documents may be linked, so it keeps every anchored candidate.
    const { links } = linkCommitmentsWith(input, { minScore: 0 });
    const origins = (from: string) => links.filter((l) => l.from === from && l.type === 'ORIGINATES_FROM').map((l) => l.to).sort();
    expect(origins('p24-ring')).toEqual(['p22-ring', 'plan-ring']);
    expect(origins('p22-ring')).toEqual(['plan-ring']);
    expect(origins('plan-ring')).toEqual([]);
    expect(links.every((l) => l.from !== l.to)).toBe(true);
  });

  it('is deterministic and gives at most three ranked origins', () => {
    const plan = [1, 2, 3, 4, 5].map((n) => ({ id: `plan-w${n}`, text: `推进海珠湿地第${n}期湿地修复工程。` }));
    const input = linkInput([
      [PLAN_2021, [...PLAN_BACKGROUND, ...plan]],
      [REPORT_2024, [{ id: 'p24-w', text: '启动海珠湿地八项升级行动,推进湿地修复工程。' }]],
    ]);
    const first = linkFixture(input);
    expect(linkFixture(input)).toEqual(first);
    const ranks = first.links.filter((l) => l.from === 'p24-w').map((l) => l.rank);
    expect(ranks.length).toBeLessThanOrEqual(3);
    expect(ranks).toEqual(ranks.map((_, i) => i + 1));
  });

  it("holds goals to the goal threshold, but a paragraph's lead, like promises, to the promise threshold", () => {
    // The clause under test opens its line of the report. `lead`: a sentence of its own that the paragraph goes on
    // from; `beside`: a second clause follows in its sentence; `alone`: the line holds nothing else (a heading);
    // `middle`: a sentence of its own after another in its paragraph, so no lead.
    type Place = 'lead' | 'beside' | 'alone' | 'middle';
    const clause = '力争打通环岛路沙渡路断点';
    const reportOf = (mode: 'promise' | 'goal', place: Place) => {
      const rest = '建设一批口袋公园。';
      const line = place === 'alone' ? `${clause}。` : place === 'middle' ? `${rest}${clause}。${rest}` : `${clause}${place === 'lead' ? '。' : ','}${rest}`;
      const input = linkInput([
        [PLAN_2021, [...PLAN_BACKGROUND, { id: 'plan-ring', text: '加快推进环岛路全线贯通,打通沙渡路断点。' }]],
        [REPORT_2024, [{ id: 'p24-ring', text: line, mode }]],
      ]);
      const c = input.commitments.find((x) => x.id === 'p24-ring')!;
      if (place === 'middle') {
        const at = c.start + rest.length;
        input.commitments.push({ ...c, id: 'p24-rest', mode: 'promise', end: c.start + rest.length - 1, text: rest.slice(0, -1), sentence: rest, sentenceEnd: c.start + rest.length });
        Object.assign(c, { start: at, end: at + clause.length, text: clause, sentence: `${clause}。`, sentenceStart: at, sentenceEnd: at + clause.length + 1 });
      } else if (place !== 'alone') {
        const restStart = c.start + clause.length + 1;
        const sentence = place === 'lead' ? { sentence: rest, sentenceStart: restStart } : {};
        input.commitments.push({ ...c, ...sentence, id: 'p24-rest', mode: 'promise', start: restStart, text: rest });
        Object.assign(c, { end: c.start + clause.length, text: clause }, place === 'lead' ? { sentence: `${clause}。`, sentenceEnd: c.start + clause.length + 1 } : {});
      }
      return input;
    };
    const scoreAt = (mode: 'promise' | 'goal', place: Place, minScore: number, minGoalScore: number) =>
      linkCommitmentsWith(reportOf(mode, place), { minScore, minGoalScore }).links.find((l) => l.from === 'p24-ring')?.score;
    for (const place of ['lead', 'beside', 'alone', 'middle'] as const) {
      const score = scoreAt('goal', place, 0, 0)!;
      expect(score).toBeGreaterThan(0);
      expect(scoreAt('promise', place, 0, 0)).toBe(score);
      // The score between the two thresholds (scores are rounded to 4 places).
      const [below, above] = [score - 0.001, score + 0.001];
      expect(scoreAt('promise', place, below, above)).toBe(score);
      // A threshold equal to the stored score keeps the link: scores are compared as stored.
      expect(scoreAt('promise', place, score, score)).toBe(score);
      expect(scoreAt('promise', place, above, below)).toBeUndefined();
      const goalThreshold = place !== 'lead';
      expect(scoreAt('goal', place, below, above)).toBe(goalThreshold ? undefined : score);
      expect(scoreAt('goal', place, above, below)).toBe(goalThreshold ? score : undefined);
    }
  });
});

describe('linkCommitments: REPORTS_ON', () => {
  it('links an achievement to the earlier promise it reports on, never to a later one', () => {
    const input = linkInput([
      [PLAN_2021, [...PLAN_BACKGROUND, { id: 'plan-ring', text: '加快推进环岛路石岗路段建设。' }]],
      [REPORT_2024, [
        { id: 'a23-ring', text: '环岛路石岗路段建成通车。', mode: 'achievement', year: 2023 },
        { id: 'p24-ring', text: '力争打通环岛路沙渡路断点。' },
      ]],
    ]);
    const reports = linkFixture(input).links.filter((l) => l.type === 'REPORTS_ON');
    expect(reports.map((l) => [l.from, l.to])).toEqual([['a23-ring', 'plan-ring']]);
  });

  it('reports on a promise only when the promise itself names the object, not merely its paragraph', () => {
    const input = linkInput([
      [PLAN_2021, [...PLAN_BACKGROUND, { id: 'plan-duty', text: '猎德断面水质稳定达标,全力完成上级下达的考核任务。' }]],
      [REPORT_2024, [{ id: 'a23-water', text: '猎德断面水质连续三年稳定达标。', mode: 'achievement', year: 2023 }]],
    ]);
    // The plan's promise is only the second clause; the water section is context in its paragraph.
    const duty = input.commitments.find((c) => c.id === 'plan-duty')!;
    const at = duty.text.indexOf('全力');
    Object.assign(duty, { start: duty.start + at, text: duty.text.slice(at, -1), end: duty.end - 1 });
    expect(linkFixture(input).links.filter((l) => l.type === 'REPORTS_ON')).toEqual([]);
  });

  it("reports on a promise only when the claim names something of the promise's own object, not one shared word", () => {
    // 常态化 is rare in the report (so the claim's object holds it) but common in the plan (so no promise's object
    // does): the one promise that shares it is about something else.
    const planned = ['做好常态化疫情防控,有序恢复生产生活秩序。', '常态化开展安全生产检查。', '推动河长制常态化运行。', '推进环卫公厕品质提升。'];
    const ids = ['plan-epidemic', 'plan-c1', 'plan-c2', 'plan-toilet'];
    const claims = { 'a23-visits': '推动暖企走访常态化。', 'a23-toilet': '完成30座环卫公厕品质提升。' };
    const input = linkInput([
      [PLAN_2021, [...PLAN_BACKGROUND, ...planned.map((text, i) => ({ id: ids[i]!, text }))]],
      [REPORT_2024, Object.entries(claims).map(([id, text]) => ({ id, text, mode: 'achievement' as const, year: 2023 }))],
    ]);
    const reports = linkFixture(input).links.filter((l) => l.type === 'REPORTS_ON').map((l) => [l.from, l.to]);
    expect(reports).toContainEqual(['a23-toilet', 'plan-toilet']);
    expect(reports.filter(([from]) => from === 'a23-visits')).toEqual([]);
  });

  it('reports only on the five-year plan in force and the annual plans of that year or the one before', () => {
    const plan2016 = documentRecord('plan2016', { kind: 'five-year-plan', year: 2016, period: { from: 2016, to: 2020 } });
    const plan2020 = documentRecord('plan2020', { kind: 'plan-report', year: 2020, reviewYear: 2019 });
    const input = linkInput([
      [plan2016, [...PLAN_BACKGROUND, { id: 'p16-ring', text: '加快推进环岛路石岗路段建设。' }]],
      [plan2020, [{ id: 'p20-ring', text: '加快推进环岛路石岗路段建设。' }]],
      [ANNUAL_2022, [{ id: 'p22-ring', text: '加快推进环岛路石岗路段建设。' }]],
      [REPORT_2024, [{ id: 'a23-ring', text: '环岛路石岗路段建成通车。', mode: 'achievement', year: 2023 }]],
    ]);
    const reports = linkFixture(input).links.filter((l) => l.type === 'REPORTS_ON').map((l) => l.to);
    expect(reports).toContain('p22-ring');
    expect(reports).not.toContain('p20-ring');
    expect(reports).not.toContain('p16-ring');
  });

  it("reports a year's figure on the target of that year only, while an undertaking's progress may come later", () => {
    const jobs = (value: number) => [{ indicator: '城镇新增就业', value, unit: '万人', comparator: null }];
    const plan2023 = documentRecord('plan2023', { kind: 'plan-report', year: 2023, reviewYear: 2022 });
    const input = linkInput([
      [PLAN_2021, PLAN_BACKGROUND],
      [ANNUAL_2022, [
        { id: 'p22-jobs', text: '全年实现城镇新增就业1.5万人。', targets: jobs(1.5) },
        { id: 'p22-ring', text: '加快推进环岛路石岗路段建设。' },
      ]],
      [plan2023, [{ id: 'a22-jobs', text: '全区城镇新增就业2.1万人。', mode: 'achievement', year: 2022, targets: jobs(2.1) }]],
      [REPORT_2024, [
        { id: 'a23-jobs', text: '全区城镇新增就业3.3万人。', mode: 'achievement', year: 2023, targets: jobs(3.3) },
        { id: 'a23-ring', text: '环岛路石岗路段建成通车。', mode: 'achievement', year: 2023 },
      ]],
    ]);
    const reports = linkFixture(input).links.filter((l) => l.type === 'REPORTS_ON').map((l) => [l.from, l.to]);
    expect(reports).toContainEqual(['a22-jobs', 'p22-jobs']);
    expect(reports).not.toContainEqual(['a23-jobs', 'p22-jobs']);
    expect(reports).toContainEqual(['a23-ring', 'p22-ring']);
  });
});
