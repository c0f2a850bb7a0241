// The rules for a first filing in the Taiwan region or the Hong Kong SAR, as the foreign-companies guide states
// them (its section {#taiwan-hong-kong-macau}): the planner shows the guide's own sentences, so a rule and its
// citation live in one place and the two pages cannot drift apart.
import type { RegionPlace } from './planInput.ts';

/** The section of content/pages/<lang>/foreign-companies.md that holds the rules. */
export const REGION_RULES_SECTION = 'taiwan-hong-kong-macau';

/**
 * Which of the section's bullets says what, by position (the Chinese file and its translation keep one order):
 * who must use a patent agency, then priority from a first patent filing in the Taiwan region, the Taiwan
 * region's trademarks, priority from a first filing in the Hong Kong SAR, and the standard patent (R).
 */
const BULLET_AT = { agency: 0, taiwan: 1, 'hong-kong': 3 } as const;
const BULLETS_EXPECTED = 5;

export type RegionRules = Record<RegionPlace | 'agency', string>;

/** A bullet's plain text: its bold lead kept as words (the planner writes text, not Markdown). */
function plainBullet(line: string, file: string): string {
  const text = line.replace(/^- /, '').replace(/\*\*(.+?)\*\*/g, '$1');
  if (/[*[\]`<]/.test(text))
    throw new Error(
      `${file}: {#${REGION_RULES_SECTION}} 的条目含有链接或格式,申请期限规划无法照录 / a bullet holds a link or markup the filing planner cannot show as text: "${text.slice(0, 60)}…"; keep these bullets plain`,
    );
  return text;
}

/** The section's rules from the guide's Markdown; `file` names it in errors. */
export function regionRules(markdown: string, file: string): RegionRules {
  const start = markdown.search(new RegExp(`^## .*\\{#${REGION_RULES_SECTION}\\}\\s*$`, 'm'));
  if (start < 0)
    throw new Error(
      `${file}: 缺少 {#${REGION_RULES_SECTION}} 标题 / has no heading {#${REGION_RULES_SECTION}}, whose rules the filing planner shows`,
    );
  const rest = markdown.slice(start).split('\n').slice(1);
  const end = rest.findIndex((line) => line.startsWith('## '));
  const bullets = rest.slice(0, end < 0 ? undefined : end).filter((line) => line.startsWith('- '));
  if (bullets.length !== BULLETS_EXPECTED)
    throw new Error(
      `${file}: {#${REGION_RULES_SECTION}} 应有${BULLETS_EXPECTED}个条目,现有${bullets.length}个 / has ${bullets.length} bullets, the filing planner expects ${BULLETS_EXPECTED} in this order: agency, Taiwan-region patents, Taiwan-region trademarks, Hong Kong SAR, standard patent (R); update BULLET_AT in src/lib/overseas/regionRules.ts`,
    );
  const at = (key: keyof typeof BULLET_AT) => plainBullet(bullets[BULLET_AT[key]]!, file);
  return { agency: at('agency'), taiwan: at('taiwan'), 'hong-kong': at('hong-kong') };
}
