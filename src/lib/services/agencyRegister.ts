// Where a reader finds a lawfully established patent agency: CNIPA's patent agency management system, which
// publishes the patent agencies and patent attorneys (docs/research/patent-agencies.md). One fact, shown by
// components/AgencyRegister.astro wherever a guide tells the reader to use an agency (Patent Law Art. 18).
import type { Source } from '../schemas/common.ts';

export const PATENT_AGENCY_REGISTER = {
  href: 'https://dlgl.cnipa.gov.cn/',
  /** The system itself, on CNIPA's own domain: "由国家知识产权局主办,提供专利代理师公示、专利代理机构公示". */
  source: {
    title: '专利代理管理系统',
    titleEn: 'Patent agency management system',
    publisher: '国家知识产权局',
    publisherEn: 'China National Intellectual Property Administration (CNIPA)',
    url: 'https://dlgl.cnipa.gov.cn/',
    date: '2026-12-07',
  } satisfies Source,
};
