// How a source is named to a reader. Chinese pages show it as published. English pages show the English
// gloss first and keep the Chinese original beside it, so a reader can understand it and still find the
// original (issue 26); the date is written in words in either language.
import { SOURCE_LANG, contentLang, type Lang } from '../../i18n/locales.ts';
import type { Source } from '../schemas/common.ts';
import { formatAsOf } from '../targets/format.ts';
import type { ChartSource, SourceLine } from '../charts/spec.ts';

export interface Citation {
  /** The title as the reader's language shows it: the original, or its English gloss. */
  title: string;
  /** The Chinese original, when an English page shows a gloss. */
  titleOriginal?: string;
  publisher: string;
  publisherOriginal?: string;
  url?: string;
  /** The date in words: 2022年9月5日 / 5 September 2022. */
  date: string;
  /** The date as written in the data (YYYY-MM-DD), for <time datetime>. */
  isoDate: string;
}

/** One name and, on an English page with a gloss, the original it translates. */
function named(original: string, gloss: string | undefined, lang: Lang): { shown: string; original?: string } {
  // A page whose text is a translation shows the gloss; the source language (and its generated forms) the original.
  return contentLang(lang) !== SOURCE_LANG && gloss ? { shown: gloss, original } : { shown: original };
}

export function citeSource(source: Source, lang: Lang): Citation {
  const title = named(source.title, source.titleEn, lang);
  const publisher = named(source.publisher, source.publisherEn, lang);
  return {
    title: title.shown,
    titleOriginal: title.original,
    publisher: publisher.shown,
    publisherOriginal: publisher.original,
    url: source.url,
    date: formatAsOf(source.date, lang),
    isoDate: source.date,
  };
}

/** A source record as a chart names it in one line, "publisher: title": on English pages the glosses, with
 *  the Chinese original beside them. */
export function sourceLine(source: Source, lang: Lang): SourceLine {
  const c = citeSource(source, lang);
  const text = `${c.publisher}: ${c.title}`;
  return c.titleOriginal || c.publisherOriginal ? { text, original: `${source.publisher}: ${source.title}` } : { text };
}

/** A chart's source line (its text already names publisher and title), cited the same way: title, link, date. */
export function citeChartSource(source: ChartSource, lang: Lang): Citation {
  return {
    title: source.text,
    titleOriginal: source.original,
    publisher: '',
    url: source.url,
    date: formatAsOf(source.date, lang),
    isoDate: source.date,
  };
}
