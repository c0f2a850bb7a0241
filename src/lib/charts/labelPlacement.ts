// Which of a chart's labels to write: those that do not cover another label already written. On a phone with
// large text the national reference series' point labels ("全国 2022年" beside each point) ran into each other
// (issue 27); a label that would collide is left out, since the table under the chart carries every value.

/** A label's box on the canvas, in CSS pixels. */
export interface LabelBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Something a label may not cover; a point's own label, placed beside it by design, may touch its marker
 *  but not cover its centre (a label pushed back inside the canvas can land on its own point). */
export interface Obstacle extends LabelBox {
  /** The index of the label that belongs to it. */
  owner?: number;
}

const overlaps = (a: LabelBox, b: LabelBox, gap: number) =>
  a.left < b.left + b.width + gap &&
  b.left < a.left + a.width + gap &&
  a.top < b.top + b.height + gap &&
  b.top < a.top + a.height + gap;

const centre = (box: LabelBox): LabelBox => ({
  left: box.left + box.width / 2 - 1,
  top: box.top + box.height / 2 - 1,
  width: 2,
  height: 2,
});

/**
 * The indexes of the labels to write, in the order given (earlier ones win): each kept label is at least `gap`
 * pixels from every other kept one and from every obstacle (the points themselves, the axis's numbers).
 */
export function labelsThatFit(boxes: LabelBox[], obstacles: Obstacle[] = [], gap = 2): number[] {
  const kept: number[] = [];
  boxes.forEach((box, i) => {
    const clear = (other: LabelBox) => !overlaps(other, box, gap);
    const around = obstacles.map((o) => (o.owner === i ? centre(o) : o));
    if (around.every(clear) && kept.every((k) => clear(boxes[k]))) kept.push(i);
  });
  return kept;
}
