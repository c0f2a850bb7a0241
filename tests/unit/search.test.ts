// Search helpers: clause-level hits, title re-ranking with synonyms, excerpts and index keywords.
import { describe, expect, it } from 'vitest';
import { clauseHits } from '../../src/lib/search/clauseHits.ts';
import { rerankByTitle, queryVariants } from '../../src/lib/search/rerank.ts';
import { excerptAround } from '../../src/lib/search/excerpt.ts';
import { synonymKeywords } from '../../src/lib/search/synonyms.ts';

const anchors = [
  { element: 'h2', id: 'part-4', text: '四、重点任务', location: 0 },
  { element: 'section', id: 'wrapper', text: '', location: 5 },
  { element: 'p', id: 'task-1-1-1', text: '深入实施高价值专利培育工程。围绕…', location: 10 },
  { element: 'p', id: 'task-1-1-2', text: '健全高价值专利培育机制。实施…', location: 50 },
];

describe('clauseHits', () => {
  it('credits each match to the clause it falls in, most matches first', () => {
    expect(clauseHits(anchors, [12, 55, 60, 70]).map((h) => [h.id, h.hits])).toEqual([['task-1-1-2', 3], ['task-1-1-1', 1]]);
  });
  it('never lands on a wrapper element such as a section', () => {
    expect(clauseHits(anchors, [6]).map((h) => h.id)).toEqual(['part-4']);
  });
  it('puts the clause that contains the whole query first', () => {
    expect(clauseHits(anchors, [55, 60], '深入实施高价值专利培育工程')[0].id).toBe('task-1-1-1');
  });
});

describe('rerankByTitle', () => {
  const groups = [['保护中心', 'protection centre', 'protection center']];
  const results = [{ title: '知识产权服务机构指南' }, { title: '中国(常州)知识产权保护中心金坛分中心' }, { title: '中国(常州)知识产权保护中心' }];
  it('puts pages whose title names the query first, the closest (shortest) title first', () => {
    expect(rerankByTitle(results, '保护中心', groups).map((r) => r.title)).toEqual(['中国(常州)知识产权保护中心', '中国(常州)知识产权保护中心金坛分中心', '知识产权服务机构指南']);
  });
  it('matches titles through synonyms: "IP protection centre" finds a "Protection Center"', () => {
    expect(queryVariants('IP protection centre', groups)).toContain('protection center');
    const english = [{ title: 'Services' }, { title: 'China (Changzhou) Intellectual Property Protection Center' }];
    expect(rerankByTitle(english, 'IP protection centre', groups)[0].title).toMatch(/Protection Center/);
  });
  it('ranks a title with the query as typed above a title with only a synonym', () => {
    const hits = [{ title: '12330维权热线' }, { title: '3. 加强知识产权维权援助' }];
    expect(rerankByTitle(hits, '加强知识产权维权援助', [['维权援助', '维权']])[0].title).toBe('3. 加强知识产权维权援助');
  });
  it('keeps Pagefind order when no title matches', () => {
    expect(rerankByTitle(results, '质押', groups)).toEqual(results);
  });
});

describe('excerptAround', () => {
  it('marks the query terms in the text around the first match', () => {
    const parts = excerptAround('加强海外专利布局,重点面向主要贸易国家和地区', ['专利'], 4);
    expect(parts.filter((p) => p.marked).map((p) => p.text)).toEqual(['专利']);
    expect(parts.map((p) => p.text).join('')).toBe('加强海外专利布局,重点面…');
  });
});

describe('synonymKeywords', () => {
  const groups = [['马德里', '国际商标注册', 'Madrid'], ['TISC', '技术与创新支持中心']];
  it('adds the other members of each synonym group a page mentions', () => {
    expect(synonymKeywords('通过马德里体系注册商标', groups)).toEqual(['国际商标注册', 'Madrid']);
  });
  it('adds nothing for a page that mentions no group', () => {
    expect(synonymKeywords('常州', groups)).toEqual([]);
  });
});
