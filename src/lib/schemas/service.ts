// Schema of a service body (content/services/zh/<slug>.md is the record; content/services/en/<slug>.md
// its English text). Every contact detail carries its source and the date it was last verified.
import { z } from 'astro/zod';
import {
  allowHttpLinksField,
  bilingual,
  bilingualName,
  clauseId,
  isoDate,
  LENGTH_LIMITS,
  limitedText,
  msg,
  source,
  sourceHashField,
  markedByField,
} from './common.ts';

const summary = limitedText(
  'summary',
  LENGTH_LIMITS.summary,
  z.string(msg('缺少 summary(一句话说明)', 'summary is required: one sentence')).min(1),
);

export const SERVICE_KINDS = [
  'protection-centre',
  'tisc',
  'trademark-window',
  'brand-guidance',
  'rights-assistance',
  'dispute-mediation',
  'enforcement-platform',
  'hotline',
  'overseas-guidance',
  'trade-friction-workstation',
  'patent-exchange',
  'service-cluster',
  'examiner-base',
  'training-base',
  'information-centre',
] as const;

/** What people come for: the finder groups services by these needs. */
export const SERVICE_NEEDS = [
  'fast-examination',
  'disputes',
  'trademarks',
  'patent-information',
  'overseas',
  'financing-transfer',
  'training',
] as const;

export const DISTRICTS = [
  'citywide',
  'national',
  'wujin',
  'xinbei',
  'tianning',
  'zhonglou',
  'jintan',
  'liyang',
  'economic-development-zone',
] as const;

/** One contact detail: its value, where it was published, and when someone last checked it. */
const contactDetail = z.object(
  {
    value: z.string().min(1),
    source,
    verified: isoDate,
  },
  msg(
    '联系方式必须写明 value、source(来源)和 verified(核实日期)',
    'a contact detail needs value, source and verified (the date it was last checked)',
  ),
);

export const serviceRecord = z.object({
  name: bilingualName,
  kind: z.enum(
    SERVICE_KINDS,
    msg(`kind 应为以下之一: ${SERVICE_KINDS.join(', ')}`, `kind must be one of: ${SERVICE_KINDS.join(', ')}`),
  ),
  needs: z
    .array(
      z.enum(
        SERVICE_NEEDS,
        msg(`needs 的取值应为: ${SERVICE_NEEDS.join(', ')}`, `needs must be among: ${SERVICE_NEEDS.join(', ')}`),
      ),
    )
    .min(1),
  district: z.enum(
    DISTRICTS,
    msg(`district 应为以下之一: ${DISTRICTS.join(', ')}`, `district must be one of: ${DISTRICTS.join(', ')}`),
  ),
  summary,
  allowHttpLinks: allowHttpLinksField,
  /** The plan clauses that name this body (checked to exist). */
  clauses: z
    .array(clauseId)
    .min(1, msg('至少列出一个提到该机构的条款', 'list at least one clause that names this body')),
  contact: z
    .strictObject(
      {
        address: contactDetail.optional(),
        phone: contactDetail.optional(),
        email: contactDetail.optional(),
        website: contactDetail.optional(),
        hours: contactDetail.optional(),
      },
      msg(
        'contact 只能包含 address、phone、email、website、hours',
        'contact may hold only address, phone, email, website and hours',
      ),
    )
    .default({}),
  /** Other sourced facts about the body (founding date, what it covers …). */
  /** confidence M: a reputable secondary source or a copy of the official text (sourced-facts.md); shown to readers. */
  facts: z
    .array(
      z.object({
        text: bilingual,
        source,
        confidence: z
          .enum(
            ['H', 'M'],
            msg(
              'confidence 应为 H(官方或一手来源)或 M(可靠的二手来源或转载副本)',
              'confidence must be H (official or primary source) or M (reputable secondary source or a copy)',
            ),
          )
          .optional(),
      }),
    )
    .default([]),
  /** Related bodies, by slug. */
  related: z.array(z.string()).default([]),
});

export const serviceTranslation = z.strictObject(
  {
    summary,
    allowHttpLinks: allowHttpLinksField,
    sourceHash: sourceHashField,
    markedBy: markedByField,
  },
  msg(
    '英文文件只写 summary;名称、联系方式和来源写在中文文件中',
    'the English file holds only summary; name, contact and sources live in the Chinese file',
  ),
);

export type ServiceRecord = z.infer<typeof serviceRecord>;
