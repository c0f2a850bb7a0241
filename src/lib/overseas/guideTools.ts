// Where the overseas guide places its two tools: for each tool component the content uses, the step
// ("## … {#step-n}") it sits in, in the order the content places them. The guide's step list links to each
// tool under its step, so a reader on a phone can reach a tool without scrolling past the text before it;
// the content alone decides where (and in which order) the tools are.

/** A tool the guide can place: its component's name in the MDX and the id of its heading on the page. */
export interface GuideTool {
  component: string;
  anchor: string;
}

/** A tool as placed: the id of the step heading it follows ("step-3") added. */
export type PlacedTool<T extends GuideTool = GuideTool> = T & { step: string };

const STEP_HEADING = /^##\s.*\{#(step-\d+)\\?\}\s*$/;

/** The tools the body places, in body order, each with the step it is in; tools before any step are left out. */
export function placeTools<T extends GuideTool>(body: string, tools: readonly T[]): Array<PlacedTool<T>> {
  const placed: Array<PlacedTool<T>> = [];
  let step: string | undefined;
  for (const line of body.split('\n')) {
    const heading = STEP_HEADING.exec(line.trim());
    if (heading) step = heading[1];
    for (const tool of tools)
      if (step && new RegExp(`^<${tool.component}[\\s/>]`).test(line.trim())) placed.push({ ...tool, step });
  }
  return placed;
}
