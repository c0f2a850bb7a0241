// The search box's example (its placeholder) whole or not at all: where the field is too narrow for the full
// example (large text on a phone), it shows the short one instead, since a cut example ("如：马德") misleads.
// A placeholder is an attribute, out of CSS's reach, so this is the one part done by script; without it the
// full example stays, as before.

/** True when `text` fits on one line inside the input's content box, in the input's own font. */
function fits(input: HTMLInputElement, text: string): boolean {
  const style = getComputedStyle(input);
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return true;
  context.font = style.font;
  const room = input.clientWidth - parseFloat(style.paddingInlineStart) - parseFloat(style.paddingInlineEnd);
  return context.measureText(text).width <= room;
}

/** Swaps each [data-short-placeholder] field between its full and short example as its width changes. */
export function fitSearchExamples(root: ParentNode = document): void {
  root.querySelectorAll<HTMLInputElement>('input[data-short-placeholder]').forEach((input) => {
    const full = input.placeholder;
    const short = input.dataset.shortPlaceholder ?? full;
    // A closed menu's field has no width: it is measured again when it opens (a resize from zero).
    new ResizeObserver(() => {
      if (input.clientWidth > 0) input.placeholder = fits(input, full) ? full : short;
    }).observe(input);
  });
}
