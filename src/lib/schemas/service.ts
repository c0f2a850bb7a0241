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
  'court',
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
  // The plan names the body without saying where it is, and no source found does: never guessed as 全市.
  'unstated',
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

/** Whether a body is there to help today or only proposed by the plan, decided from the plan's own words
 *  (建设/建立/打造/推动设立 a body = the plan proposes it; a body it names as existing — 依托, 发挥, 完善, 深化,
 *  支持…提高 — or whose existence a fact in `facts` sources = it exists). We never say whether a proposal was built. */
export const SERVICE_STANDINGS = ['exists', 'proposed'] as const;

const standing = z
  .strictObject(
    {
      status: z.enum(
        SERVICE_STANDINGS,
        msg(
          'standing.status 应为 exists(方案称其已有,或有来源证明其存在)或 proposed(方案提出建设)',
          'standing.status must be exists (the plan names it as existing, or a sourced fact shows it exists) or proposed (the plan proposes building it)',
        ),
      ),
      /** The clause whose words decide it (one of `clauses`). */
      clause: clauseId.optional(),
      /** Those words, copied verbatim from the clause (checked against the plan). */
      planWords: z.string().min(1).optional(),
      /** Or, for a body the plan does not name as existing: the number (from 1) of the fact in `facts` that shows it exists. */
      fact: z.number().int().min(1).optional(),
      /** For a proposal: the existing body (a file name in content/services/) a reader can go to now. */
      goNow: z.string().min(1).optional(),
    },
    {
      // Missing altogether, or not a block of fields: say what to write. An unknown key: say which keys there are.
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? msg(
              'standing 只能包含 status、clause、planWords、fact、goNow',
              'standing may hold only status, clause, planWords, fact and goNow',
            ).message
          : msg(
              '缺少 standing:写明该机构已有(status: exists)还是方案提出建设(status: proposed),并写明理由(clause 和 planWords:方案原话)',
              "standing is missing: say whether the body exists (status: exists) or the plan proposes it (status: proposed), with its reason (clause and planWords: the plan's words)",
            ).message,
    },
  )
  .superRefine((value, ctx) => {
    const fromPlan = value.clause !== undefined && value.planWords !== undefined;
    if (value.status === 'proposed' && !fromPlan)
      ctx.addIssue({
        code: 'custom',
        path: ['planWords'],
        message: msg(
          '方案提出建设的机构须写明 clause(条款编号)和 planWords(方案原话,如“建设常州市商标品牌指导站”)',
          "a proposed body needs clause (its clause ID) and planWords (the plan's words, e.g. 建设常州市商标品牌指导站)",
        ).message,
      });
    if (value.status === 'proposed' && !value.goNow)
      ctx.addIssue({
        code: 'custom',
        path: ['goNow'],
        message: msg(
          '方案提出建设的机构须写明 goNow:读者现在可以去的已有机构(content/services/ 中的文件名)',
          'a proposed body needs goNow: the existing body a reader can go to now (a file name in content/services/)',
        ).message,
      });
    if (value.status === 'exists' && !fromPlan && value.fact === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['planWords'],
        message: msg(
          '已有的机构须写明理由:clause 和 planWords(方案称其已有的原话),或 fact(facts 中证明其存在的一条,从1数起)',
          "an existing body needs its reason: clause and planWords (the plan's words naming it as existing), or fact (the number, from 1, of the fact that shows it exists)",
        ).message,
      });
  });

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
  standing,
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
