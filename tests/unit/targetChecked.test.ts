// "暂无公开数据" with its age: when a target's figures were last looked for and where (lib/targets/checked.ts), and
// the content check's message when the record is written wrong.
import { describe, expect, it } from 'vitest';
import { checkedLine, sharedCheck } from '../../src/lib/targets/checked.ts';
import { targetSchema } from '../../src/lib/schemas/target.ts';
import { SOURCE_LANG, CONTENT_LANGS, type ContentLang, type Lang } from '../../src/i18n/locales.ts';
import { DICTIONARIES } from '../../src/i18n/dictionaries.ts';

const both = (text: string) =>
  Object.fromEntries(CONTENT_LANGS.map((lang) => [lang, `${text} (${lang})`])) as Record<ContentLang, string>;
const bulletins = both('bulletins');
const papers = both('white papers');
const english = CONTENT_LANGS.find((lang) => lang !== SOURCE_LANG)!;
const line = (lang: Lang, check: Parameters<typeof checkedLine>[0]) =>
  checkedLine(check, lang, DICTIONARIES[lang]['targets.lastChecked']);

describe('checkedLine', () => {
  it('names the day and every source searched, joined as the language joins a list', () => {
    const text = line(english, { date: '2026-11-26', sources: [bulletins, papers] });
    expect(text).toContain('2026');
    expect(text).toContain(`${bulletins[english]} and ${papers[english]}`);
  });
  it('writes the date in the page’s language', () => {
    expect(line(SOURCE_LANG, { date: '2026-11-26', sources: [bulletins] })).toContain('2026年11月26日');
  });
});

describe('sharedCheck', () => {
  it('gives one day and every source once when all targets record a search of that day', () => {
    expect(
      sharedCheck([
        { date: '2026-11-26', sources: [bulletins, papers] },
        { date: '2026-11-26', sources: [papers] },
      ]),
    ).toEqual({ date: '2026-11-26', sources: [bulletins, papers] });
  });
  it('gives none when the days differ or a target records no search, so each card says its own', () => {
    expect(
      sharedCheck([
        { date: '2026-11-26', sources: [papers] },
        { date: '2026-12-01', sources: [papers] },
      ]),
    ).toBe(undefined);
    expect(sharedCheck([{ date: '2026-11-26', sources: [papers] }, undefined])).toBe(undefined);
    expect(sharedCheck([])).toBe(undefined);
  });
});

describe('the checked field of a target', () => {
  const target = {
    kind: 'qualitative',
    group: 'service',
    name: both('name'),
    planWording: both('words'),
    deadline: '2025-06',
    clause: 'goal-service',
  };
  it('is optional', () => {
    expect(targetSchema.safeParse(target).success).toBe(true);
  });
  it('is accepted with a date and at least one source', () => {
    expect(targetSchema.safeParse({ ...target, checked: { date: '2026-11-26', sources: [papers] } }).success).toBe(
      true,
    );
  });
  it('rejects a search with no source, saying what to write', () => {
    const result = targetSchema.safeParse({ ...target, checked: { date: '2026-11-26', sources: [] } });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].path.join('.')).toBe('checked.sources');
    expect(result.error?.issues[0].message).toMatch(/至少写一项.*at least one entry/s);
  });
  it('rejects a date that does not exist', () => {
    const result = targetSchema.safeParse({ ...target, checked: { date: '2026-02-30', sources: [papers] } });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].path.join('.')).toBe('checked.date');
  });
  it('rejects a field it does not know (a url: a search that found nothing has none)', () => {
    const result = targetSchema.safeParse({
      ...target,
      checked: { date: '2026-11-26', sources: [papers], url: 'https://x' },
    });
    expect(result.success).toBe(false);
  });
});
