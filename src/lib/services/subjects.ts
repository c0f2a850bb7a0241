// Which kind of IP a service entry is about, for a reader who knows only "专利 / patent" or "商标 / trademark"
// and not the finder's needs. Derived from what content already records about each body, never tagged by hand:
// a need is about patents or trademarks when the bodies' own pages say so for everything filed under it
// (快速审查: 专利预审 and 专利审查; 专利信息与检索; 商标与品牌), and a kind of body when its name says so
// (国家专利技术展示交易中心, 专利审查员实践基地, 商标受理窗口, 商标品牌指导站). Needs that cover every kind
// of IP (disputes, overseas, financing, training) belong to no subject: a body is never listed under 专利 for
// a help its sources describe only as 知识产权.
import type { ServiceRecord } from '../schemas/service.ts';

export const SUBJECTS = ['patent', 'trademark'] as const;
export type Subject = (typeof SUBJECTS)[number];

type Need = ServiceRecord['needs'][number];
type Kind = ServiceRecord['kind'];

/** The needs whose every entry is about one kind of IP. */
export const NEED_SUBJECT: Partial<Record<Need, Subject>> = {
  'fast-examination': 'patent',
  'patent-information': 'patent',
  trademarks: 'trademark',
};

/** The kinds of body whose name says which kind of IP they deal with. */
const KIND_SUBJECT: Partial<Record<Kind, Subject>> = {
  'patent-exchange': 'patent',
  'examiner-base': 'patent',
  'trademark-window': 'trademark',
  'brand-guidance': 'trademark',
};

export function isSubject(value: string): value is Subject {
  return (SUBJECTS as readonly string[]).includes(value);
}

/** Whether a body's entry under one of its needs belongs under a subject: the need is about it, or the body is. */
export function entryAbout(subject: Subject, entry: { need: string; kind: string }): boolean {
  return NEED_SUBJECT[entry.need as Need] === subject || KIND_SUBJECT[entry.kind as Kind] === subject;
}

/** The needs about one subject, in the finder's order: the no-script page lists them under the subject's name. */
export function needsAbout(subject: Subject, needs: readonly string[]): string[] {
  return needs.filter((need) => NEED_SUBJECT[need as Need] === subject);
}
