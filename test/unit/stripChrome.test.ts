import { describe, expect, it } from 'vitest';
import { findChromeLines, isChromeLine } from '../../ingest/normalize/stripChrome.js';
import { toMatchText } from '../../ingest/normalize/matchText.js';

describe('findChromeLines', () => {
  it('finds breadcrumbs, dates, share and view-count lines of a copied page', () => {
    const page = ['您当前所在的位置：首页 > 政务公开 > 规划计划', '', '某区2025年政府工作报告', '发布日期：2025-01-20  来源：区政府办', '分享到：', '浏览量：1024', '', '一、2024年工作回顾', '全年完成投资120亿元。', '【打印】 【关闭】'].join('\n');
    const chrome = findChromeLines(toMatchText(page));
    expect([...chrome].sort((a, b) => a - b)).toEqual([1, 4, 5, 6, 10]);
  });

  it("finds the site's header and footer", () => {
    for (const line of ['今天是:', '热门搜索:', '放大字体 | 缩小字体 | 打印', '主办单位：莆田市荔城区人民政府办公室  版权所有', '闽ICP备05001234号-1', 'Copyright © 2024']) {
      expect(isChromeLine(toMatchText(line)), line).toBe(true);
    }
    expect(isChromeLine('主办好第134届广交会,承办各类展会243场。')).toBe(false);
  });

  it("finds a disclosure page's metadata table, its buttons, its disclosure note and an aggregator's label", () => {
    const lines = ['索引号 11500103009283772K/2024-00006 发布机构 渝中区人民政府', '成文日期 2024-02-09 发布日期 2024-02-22 主题分类 国民经济发展规划、计划', '有效性', '打印 打印', '纠错 纠错', '分享到', '(此件公开发布)', '[可行性研究报告 - 规划计划] 发表于:2022-08-11 09:23:42'];
    for (const line of lines) expect(isChromeLine(toMatchText(line)), line).toBe(true);
    expect(isChromeLine('有效性评估机制不断完善。')).toBe(false);
  });

  it('keeps report sentences that only start like a label', () => {
    expect(isChromeLine('来源广泛的社会资本参与城市更新。')).toBe(false);
    expect(isChromeLine('当前位置:首页 > 走进荔湾')).toBe(true);
  });
});
