// Chinese typography: full-width punctuation next to Chinese (GB/T 15834) and figures kept with their units (GB/T 15835).
import { describe, expect, it } from 'vitest';
import { foldPunctuationWidth, fullWidthPunctuation, fullWidthSegments } from '../../src/lib/typography/punctuation.ts';
import { splitFigures } from '../../src/lib/typography/figures.ts';
import { fullWidthHtml } from '../../src/lib/typography/html.ts';
import { sentenceStart } from '../../src/lib/typography/sentenceStart.ts';

describe('full-width punctuation in Chinese text', () => {
  it.each([
    ['到2025年,全市发明专利', '到2025年，全市发明专利'],
    ['责任单位:市知识产权局;市科技局', '责任单位：市知识产权局；市科技局'],
    ['是否申请?请咨询!', '是否申请？请咨询！'],
    ['(一)主要目标', '（一）主要目标'],
    ['工作方案(2022-2025年)', '工作方案（2022-2025年）'],
    ['技术与创新支持中心(TISC)', '技术与创新支持中心（TISC）'],
  ])('makes the marks in %s full-width', (input, shown) => {
    expect(fullWidthPunctuation(input)).toBe(shown);
  });

  it.each([
    ['digits with a thousands separator', '共1,000件'],
    ['a time of day', '上午10:30开始'],
    ['a range of years', '2022-2025年'],
    ['a decimal figure', '达到15.3件'],
    ['punctuation among Latin words', '见 Madrid (WIPO), Hague: 2025'],
  ])('leaves %s half-width', (_what, input) => {
    expect(fullWidthPunctuation(input)).toBe(input);
  });

  it('converts a parenthesis opened in one piece of text and closed in another', () => {
    // As in a measure whose responsible units are links: "(责任单位:" + link + ")".
    expect(fullWidthSegments(['加强保护(责任单位:', '市知识产权局', ')'])).toEqual([
      '加强保护（责任单位：',
      '市知识产权局',
      '）',
    ]);
  });

  it('keeps every character count, so pieces map back one for one', () => {
    const text = '(二)到2025年,全市:A(B)';
    expect(fullWidthPunctuation(text)).toHaveLength(text.length);
  });

  it('folds full-width marks back for matching text typed either way', () => {
    expect(foldPunctuationWidth('（责任单位：甲，乙）')).toBe('(责任单位:甲,乙)');
  });
});

describe('figures kept with their units', () => {
  const figures = (text: string, profile: 'cjk' | 'latin') =>
    splitFigures(text, profile)
      .filter((p) => p.figure)
      .map((p) => p.text);

  it('keeps Chinese figures with their measure words and units', () => {
    expect(figures('新增18件,达到280亿元,满意度92%,每万人口15.3件', 'cjk')).toEqual([
      '18件,',
      '280亿元,',
      '92%,',
      '15.3件',
    ]);
  });

  it('carries the closing marks after a Chinese figure with it, so none of them starts a line', () => {
    expect(figures('(培育企业340家)》。', 'cjk')).toEqual(['340家)》。']);
    expect(figures('纲要(2021-2035年)》《规划》', 'cjk')).toEqual(['(2021-2035年)》']);
  });

  it('keeps English figures with their scale words and per cent signs', () => {
    expect(figures('RMB 28 billion, 92% and 15.3 patents', 'latin')).toEqual(['RMB 28 billion,', '92%', '15.3']);
  });

  it('carries the closing marks after an English figure with it, so none of them starts a line', () => {
    expect(figures('(Patent Law, Article 65). Then (2022–2025),', 'latin')).toEqual(['65).', '(2022–2025),']);
  });

  it('lets a range wrap at its hyphen but not inside either year', () => {
    expect(figures('2022-2025年', 'cjk')).toEqual(['2022', '2025年']);
  });

  it('does not mark a single digit, which cannot break', () => {
    expect(figures('分3类推进', 'cjk')).toEqual([]);
  });

  it('gives back the whole text when the pieces are joined', () => {
    const text = '到2025年6月,新增商标18件。';
    expect(
      splitFigures(text, 'cjk')
        .map((p) => p.text)
        .join(''),
    ).toBe(text);
  });
});

describe('full-width punctuation in rendered Chinese HTML', () => {
  it('converts text across inline tags but leaves tags and attributes alone', () => {
    expect(fullWidthHtml('<p title="a,b">加强保护(责任单位:<a href="/x?a=1,2">市局</a>)</p>')).toBe(
      '<p title="a,b">加强保护（责任单位：<a href="/x?a=1,2">市局</a>）</p>',
    );
  });

  it('keeps entities intact next to Chinese', () => {
    expect(fullWidthHtml('<p>研发&amp;转化,&quot;双随机&quot;</p>')).toBe('<p>研发&amp;转化，&quot;双随机&quot;</p>');
  });

  it('drops the space typed after a mark that is now full-width', () => {
    expect(fullWidthHtml('<p>相关服务: <a href="/s/">保护中心</a></p>')).toBe(
      '<p>相关服务：<a href="/s/">保护中心</a></p>',
    );
  });

  it('does not pair a parenthesis across paragraphs', () => {
    expect(fullWidthHtml('<p>见附件(</p><p>A)</p>')).toBe('<p>见附件(</p><p>A)</p>');
  });

  it('leaves code and scripts untouched', () => {
    const html = '<code>中文,a</code><script>var a={"中":1};</script>';
    expect(fullWidthHtml(html)).toBe(html);
  });
});

describe('ranges of years in English', () => {
  it('keeps 2022–2025 on one line', () => {
    expect(
      splitFigures('the Work Plan (2022–2025)', 'latin')
        .filter((p) => p.figure)
        .map((p) => p.text),
    ).toEqual(['(2022–2025)']);
  });
  it("keeps a title's bracketed period whole, so no line starts or ends at a bracket", () => {
    const figures = (text: string, profile: 'cjk' | 'latin') =>
      splitFigures(text, profile)
        .filter((p) => p.figure)
        .map((p) => p.text);
    expect(figures('工作方案（2022-2025年）', 'cjk')).toEqual(['（2022-2025年）']);
    expect(figures('City (2022–2025)', 'latin')).toEqual(['(2022–2025)']);
  });
});

describe('a quoted fragment of the plan shown on its own', () => {
  it('starts with a capital letter in English, the words unchanged', () => {
    expect(sentenceStart('extend the national IP management standard to every high-tech enterprise', 'en-GB')).toBe(
      'Extend the national IP management standard to every high-tech enterprise',
    );
  });

  it('leaves Chinese, which has no capitals, as it is', () => {
    expect(sentenceStart('推动高新技术企业知识产权贯标全覆盖', 'zh-CN')).toBe('推动高新技术企业知识产权贯标全覆盖');
  });
});
