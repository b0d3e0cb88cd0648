// The origin decision on the later clause's OBJECT (clauseObject.ts): a shared topic is not enough, a new
// programme has no origin, and a named entity the plan shares outweighs new words around it.
import { beforeAll, describe, expect, it } from 'vitest';
import { entity, linkFixture, linkInput, loadTokenizer, PLAN_2021, PLAN_BACKGROUND, REPORT_2024 } from './linkFixtures.js';

beforeAll(loadTokenizer, 60_000);

describe('linkCommitments: the object decides', () => {
  it('gives no origin when most of the object is new since the plan, however alike the topic', () => {
    const input = linkInput([
      [PLAN_2021, [...PLAN_BACKGROUND, { id: 'plan-service', text: '完善产业发展支持措施,提供一站式企业服务。' }]],
      [REPORT_2024, [
        { id: 'p24-wedding', text: '出台支持婚庆产业发展措施,提供婚纱婚宴一站式服务。' },
        // The report's running themes (产业, 服务) are not the object of any one of its clauses.
        { id: 'p24-digital', text: '推动数字产业发展,提供优质政务服务。' },
        { id: 'p24-talent', text: '培育特色产业,提供人才服务。' },
      ]],
    ]);
    expect(linkFixture(input).links.filter((l) => l.from === 'p24-wedding')).toEqual([]);
  });

  it('counts a new name jieba shatters as one new thing: a new park for a known industry still links', () => {
    const input = linkInput([
      [PLAN_2021, [...PLAN_BACKGROUND, { id: 'plan-chips', text: '引进和培育一批集成电路设计头部企业。' }]],
      [REPORT_2024, [
        { id: 'p24-park', text: '打造华新科创岛集成电路主题园区。' },
        // 主题园区 runs through the report, so it is a theme there, not this clause's object.
        ...['建设数字经济主题园区。', '提升特色主题园区品质。', '推进主题园区改造。'].map((text, i) => ({ id: `p24-theme${i}`, text })),
      ]],
    ]);
    expect(linkFixture(input).links.find((l) => l.from === 'p24-park')?.to).toBe('plan-chips');
  });

  it('still links a new-worded clause when the plan names the same entity', () => {
    const wetland = entity('e-wetland', '海珠国家湿地公园', ['海珠湿地']);
    const input = linkInput(
      [
        [PLAN_2021, [...PLAN_BACKGROUND, { id: 'plan-wetland', text: '高标准建设海珠湿地,完善湿地科普设施。', entityIds: [wetland.id] }]],
        [REPORT_2024, [{ id: 'p24-wetland', text: '启动海珠湿地八项升级行动,建设绿美广东示范点。', entityIds: [wetland.id] }]],
      ],
      [wetland],
    );
    expect(linkFixture(input).links.find((l) => l.from === 'p24-wetland')?.to).toBe('plan-wetland');
  });

  it('ignores the issuing government, which every commitment names', () => {
    const government = { ...entity('e-gov', '广州市海珠区人民政府'), type: 'Agency' as const };
    const input = linkInput(
      [
        [PLAN_2021, [...PLAN_BACKGROUND, { id: 'plan-gov', text: '区政府统筹推进城市治理。', entityIds: [government.id] }]],
        [REPORT_2024, [{ id: 'p24-gov', text: '出台支持婚庆产业发展措施。', entityIds: [government.id] }]],
      ],
      [government],
    );
    expect(linkFixture(input).links.filter((l) => l.from === 'p24-gov')).toEqual([]);
  });
});

describe('originQuery', () => {
  beforeAll(loadTokenizer);

  it('asks nothing of the report\'s own district or city, as an entity no more than as a word', async () => {
    const { originQuery } = await import('../../ingest/link/originQuery.js');
    const { commitmentFeatures } = await import('../../ingest/link/commitmentFeatures.js');
    const { indexEntityMentions } = await import('../../ingest/link/entityMentions.js');
    const input = linkInput([[REPORT_2024, [{ id: 'p24', text: '培育海珠特色会展品牌,办好青禾年会。', entityIds: ['own', 'fair'] }]]]);
    const text = input.matchTexts.get(REPORT_2024.id)!;
    const own = { ...entity('own', '海珠区'), type: 'Place' as const, mentions: [{ documentId: REPORT_2024.id, start: 2, end: 4, text: '海珠' }] };
    const fair = { ...entity('fair', '青禾年会'), mentions: [{ documentId: REPORT_2024.id, start: 12, end: 16, text: '青禾年会' }] };
    const features = commitmentFeatures(input.commitments[0]!, input.documents[0]!, text);
    const query = originQuery(features, indexEntityMentions([own, fair]), new Set(['e:own']));
    expect(query.weights.has('e:own')).toBe(false);
    expect(query.weights.has('e:fair')).toBe(true);
    expect(query.weights.has('t:海珠')).toBe(false);
  });
});
