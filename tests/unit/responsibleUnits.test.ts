// Responsible units (责任单位) are read from the measures' own words.
import { describe, expect, it } from 'vitest';
import { extractResponsibleUnits } from '../../src/lib/plan/responsibleUnits.ts';
import { resolveMeasureUnits, unitMatrix } from '../../src/lib/plan/units.ts';
import { loadPlanFiles, loadUnitGlossary } from '../../src/data/contentFiles.ts';

const measures = loadPlanFiles('zh')
  .flatMap((f) => f.clauses)
  .filter((c) => c.kind === 'measure');
const measure = (id: string) => measures.find((m) => m.id === id)!;
const glossary = loadUnitGlossary();

describe('extractResponsibleUnits', () => {
  it('lists the units of the first measure in the order the plan gives them', () => {
    expect(extractResponsibleUnits(measure('task-1-1-1').text)).toEqual([
      '市知识产权局',
      '市科技局',
      '市人才办',
      '各辖市、区人民政府',
      '常州经开区管委会',
    ]);
  });

  it('keeps 各辖市、区人民政府 as one unit although its name contains the separator 、', () => {
    const units = extractResponsibleUnits(measure('task-4-2-2').text);
    expect(units).toEqual(['市知识产权局', '各辖市、区人民政府', '常州经开区管委会']);
  });

  it('reads a two-unit list joined by 、 (copyright content security)', () => {
    expect(extractResponsibleUnits(measure('task-1-3-3').text)).toEqual(['市版权局', '天宁区人民政府']);
  });

  it('returns no units for text without a 责任单位 parenthesis', () => {
    expect(extractResponsibleUnits('到2025年6月,实现全市知识产权创造高质量。')).toEqual([]);
  });

  it('finds units for every one of the 43 measures', () => {
    expect(measures.filter((m) => extractResponsibleUnits(m.text).length === 0).map((m) => m.id)).toEqual([]);
  });
});

describe('unitMatrix', () => {
  it('knows the English name of every unit the plan names', () => {
    expect(() => measures.forEach((m) => resolveMeasureUnits(m, glossary))).not.toThrow();
  });

  it('makes the unit listed first the lead: the IP office leads task-1-1-1, the science bureau joins it', () => {
    const rows = unitMatrix(measures, glossary);
    expect(rows.find((r) => r.unit.id === 'ipo')!.leads).toContain('task-1-1-1');
    expect(rows.find((r) => r.unit.id === 'science-tech')!.joins).toContain('task-1-1-1');
  });

  it('names the unit and the glossary file when a unit is unknown', () => {
    const fake = { ...measure('task-1-1-1'), text: '某事。(责任单位:市不存在局)' };
    expect(() => resolveMeasureUnits(fake, glossary)).toThrow(/市不存在局.*content\/glossary\/units\.json/);
  });
});
