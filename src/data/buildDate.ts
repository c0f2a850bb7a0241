// The one clock of the build: every page that depends on "today" (the validity notice, the timeline,
// target status, open data, JSON-LD) reads BUILD_DATE from here, so a build with the same
// SOURCE_DATE_EPOCH gives the same pages, and both states of the plan can be built on purpose.
import { buildDateFrom, isoDay } from '../lib/dates/buildDate.ts';

export const BUILD_DATE: Date = buildDateFrom(process.env.SOURCE_DATE_EPOCH, () => new Date());
export const BUILD_DAY: string = isoDay(BUILD_DATE);
