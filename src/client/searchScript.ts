// A query in the script the page was converted from, searched for in the page's own (知识产权 → 知識產權 on a
// 繁體 page): the page holds the map, made at build time (src/data/searchScriptMap.ts), in a JSON data block.
import { convertWith, type ScriptMap } from '../lib/search/scriptMap.ts';

let toPageScript = (text: string) => text;

/** Puts the page's script map (its JSON data block) in place, once, before the first search. */
export function useScriptMap(json: string | null | undefined): void {
  if (json) toPageScript = convertWith(JSON.parse(json) as ScriptMap);
}

/** The text in the page's script: as typed on a page shown as written. */
export const inPageScript = (text: string): string => toPageScript(text);
