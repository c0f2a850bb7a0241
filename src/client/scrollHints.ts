// A scroll table (components/kit/ScrollTable.astro) says in words that it scrolls sideways, shadows being easy
// to miss (issue 27), but only while its table is wider than its box: the same table fits on a wide screen,
// where the hint would be wrong. Large text, 大字模式 and turning a phone change the answer, so every box and
// table is watched for a change of size.

const BOX = '[data-scroll-table]';

function update(box: Element): void {
  const region = box.querySelector<HTMLElement>('.scroll-table');
  // One pixel of slack: a table that fits exactly can report a fraction more than its box.
  if (region) box.toggleAttribute('data-overflowing', region.scrollWidth > region.clientWidth + 1);
}

export function showScrollHints(): void {
  const boxes = document.querySelectorAll(BOX);
  if (!boxes.length) return;
  const observer = new ResizeObserver((entries) => {
    for (const entry of entries) {
      const box = entry.target.closest(BOX);
      if (box) update(box);
    }
  });
  for (const box of boxes) {
    for (const watched of box.querySelectorAll('.scroll-table, .scroll-table > table')) observer.observe(watched);
    update(box);
  }
}
