// content/glossary/units.json: the responsible units (责任单位) the plan names, with an id for links
// and their English names. The plan's measures link each unit named to /plan/units/#<id>.
import { z } from 'astro/zod';
import { msg, perLanguage, perLanguageShape } from './common.ts';

export const unitName = z.object(
  {
    id: z
      .string(msg('缺少 id', 'id is required'))
      .regex(/^[a-z0-9-]+$/, msg('id 只能用小写字母、数字和连字符', 'id: lowercase letters, digits and hyphens only')),
    ...perLanguage((lang, name) =>
      z
        .string(msg(`缺少${name}名称 ${lang}`, `the ${name} name (${lang}) is missing`))
        .min(1, msg(`${name}名称不能为空`, `the ${name} name (${lang}) is empty`)),
    ),
  },
  msg(
    `每个单位写成 { "id": …, ${perLanguageShape('"').slice(2)}`,
    `write each unit as { "id": …, ${perLanguageShape('"').slice(2)}`,
  ),
);

export const unitsFile = z
  .array(unitName, msg('units.json 应为单位列表 [ … ]', 'units.json must be a list of units [ … ]'))
  .superRefine((units, ctx) => {
    const seen = new Set<string>();
    units.forEach((unit, i) => {
      if (seen.has(unit.id))
        ctx.addIssue({
          code: 'custom',
          path: [i, 'id'],
          message: `单位 id “${unit.id}”重复 / unit id "${unit.id}" is used twice: give each unit its own id`,
        });
      seen.add(unit.id);
    });
  });

export type UnitName = z.infer<typeof unitName>;
