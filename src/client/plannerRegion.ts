// The note the filing planner's checklist opens with after a first filing in the Taiwan region or the Hong Kong SAR:
// why the mainland filing is its only step, the rules of the route the right can take abroad (the PCT, or the
// Hague system for a design) with their sources, and where to find a patent agency. Words from plannerLabels.ts.
import type { RightKind } from '../lib/overseas/deadlines.ts';
import type { RegionPlace } from '../lib/overseas/planInput.ts';
import { regionRouteRules } from '../lib/overseas/regionRoutes.ts';
import { element, type PlannerLabels } from './plannerSteps.ts';

/** A sentence with one "{link}" in it, the link opening the page it names. */
function linked(template: string, link: { label: string; href: string }): HTMLParagraphElement {
  const [before, after = ''] = template.split('{link}');
  const anchor = element('a', link.label);
  anchor.href = link.href;
  const line = element('p');
  line.append(before ?? '', anchor, after);
  return line;
}

export function regionNote(place: RegionPlace, right: RightKind, labels: PlannerLabels): Node[] {
  const words = labels.region;
  const why = element('p');
  why.append(element('strong', words.lead), ` ${words.why[place]}`);
  const route =
    regionRouteRules(right) === 'pct'
      ? [element('p', words.pct), linked(words.pctList[place], words.pctSource)]
      : [element('p', words.hague)];
  return [why, ...route, linked(words.ask, words.agencyFinder)];
}
