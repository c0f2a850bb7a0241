// The accountability matrix: which responsible unit leads or joins which measure.
// Unit names come from the plan text; their IDs and English names from content/glossary/units.json.
import { extractResponsibleUnits } from './responsibleUnits.ts';
import type { Clause } from './parsePlan.ts';
import type { UnitName } from '../schemas/glossaryUnits.ts';
import { SOURCE_LANG } from '../../i18n/locales.ts';

export type { UnitName };

export interface UnitRow {
  unit: UnitName;
  leads: string[];
  joins: string[];
}

/** Each measure's units resolved to glossary entries; an unknown name is an error that says what to add. */
export function resolveMeasureUnits(measure: Clause, units: UnitName[]): UnitName[] {
  return extractResponsibleUnits(measure.text).map((name) => {
    const unit = units.find((u) => u[SOURCE_LANG] === name);
    if (!unit) {
      throw new Error(
        `责任单位“${name}”(clause ${measure.id}) 不在 content/glossary/units.json 中。请在该文件中加入 { "id", "${SOURCE_LANG}": "${name}", … }。` +
          ` / Responsible unit "${name}" in clause ${measure.id} is missing from content/glossary/units.json: add an entry for it.`,
      );
    }
    return unit;
  });
}

/** For every unit that appears in the plan: the measures it leads (listed first) and those it joins. */
export function unitMatrix(measures: Clause[], units: UnitName[]): UnitRow[] {
  const rows = new Map<string, UnitRow>();
  for (const measure of measures) {
    resolveMeasureUnits(measure, units).forEach((unit, index) => {
      const row = rows.get(unit.id) ?? { unit, leads: [], joins: [] };
      (index === 0 ? row.leads : row.joins).push(measure.id);
      rows.set(unit.id, row);
    });
  }
  // Glossary order is the display order: the IP office first, then departments, courts, zones.
  return units.flatMap((u) => rows.get(u.id) ?? []);
}

export const unitAnchor = (unitId: string) => `unit-${unitId}`;
