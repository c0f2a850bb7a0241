// Filters the services finder in place by need (or by subject: 专利, 商标) and district; keeps the choice in the
// URL (#need=…&district=…) so a filtered view can be shared. While a filter is on, the full lists by district
// fold away (they showed every body again under the few results) and "show every body" undoes the filter.
// The grouped lists it filters are complete without it.
import { isFiltering, matchesFilter, parseFilterHash, filterHash, shownSummary } from '../lib/services/filter.ts';
import { isSubject } from '../lib/services/subjects.ts';

export function enableServiceFilter(): void {
  const form = document.querySelector<HTMLFormElement>('[data-service-filter]');
  if (!form) return;
  const need = form.querySelector<HTMLSelectElement>('[name="need"]')!;
  const district = form.querySelector<HTMLSelectElement>('[name="district"]')!;
  const status = form.querySelector<HTMLElement>('[data-filter-count]')!;
  const count = status.querySelector<HTMLElement>('[data-filter-total]')!;
  const areas = status.querySelector<HTMLElement>('[data-filter-areas]')!;
  const twice = status.querySelector<HTMLElement>('[data-filter-twice]')!;
  const groups = [...document.querySelectorAll<HTMLElement>('[data-need-group]')];
  const byDistrict = document.querySelector<HTMLElement>('#by-district');
  const reset = form.querySelector<HTMLButtonElement>('[data-filter-reset]');
  const disputes = form.querySelector<HTMLElement>('[data-subject-disputes]');

  /** The count as the reader sees the lists: bodies once each, with the reasons the lists hold more entries. */
  const report = (filter: { district: string }) => {
    const cards = groups
      .flatMap((group) => [...group.querySelectorAll<HTMLElement>('[data-service]')])
      .filter((card) => !card.hidden && !card.closest<HTMLElement>('[data-need-group]')!.hidden)
      .map((card) => ({ service: card.dataset.service!, district: card.dataset.district! }));
    const summary = shownSummary(cards, filter.district);
    count.textContent = String(summary.bodies);
    const place = district.selectedOptions[0]?.textContent?.trim() ?? '';
    areas.hidden = summary.own === undefined;
    areas.textContent = areas.hidden
      ? ''
      : (status.dataset.labelAreas ?? '')
          .replaceAll('{district}', place)
          .replace('{own}', String(summary.own))
          .replace('{wider}', String(summary.wider));
    twice.hidden = summary.entries === summary.bodies;
    twice.textContent = twice.hidden ? '' : (status.dataset.labelTwice ?? '');
  };

  const apply = () => {
    const filter = { need: need.value, district: district.value };
    for (const group of groups) {
      let visible = 0;
      group.querySelectorAll<HTMLElement>('[data-needs]').forEach((card) => {
        const match = matchesFilter(
          { needs: card.dataset.needs!.split(' '), district: card.dataset.district!, kind: card.dataset.kind },
          filter,
          group.dataset.needGroup!,
        );
        card.hidden = !match;
        if (match) visible += 1;
      });
      group.hidden = visible === 0;
      // A chosen need or district opens the lists it leaves, folded or not: the reader asked to see them.
      const fold = group.querySelector<HTMLDetailsElement>('details');
      if (fold && isFiltering(filter)) fold.open = visible > 0;
    }
    const filtering = isFiltering(filter);
    if (byDistrict) byDistrict.hidden = filtering;
    if (reset) reset.hidden = !filtering;
    if (disputes) disputes.hidden = !isSubject(filter.need);
    report(filter);
    history.replaceState(null, '', filterHash(filter) || location.pathname);
  };

  const initial = parseFilterHash(location.hash);
  need.value = initial.need;
  district.value = initial.district;
  form.hidden = false;
  form.addEventListener('change', apply);
  // After 筛选 / Filter the count takes focus: on a phone it and the results are below the fold, and nothing on
  // screen changed; focus scrolls to it and a screen reader reads it. A change of choice alone keeps focus.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply();
    status.focus();
  });
  // A reset button empties the selects after its event: apply once they are empty.
  form.addEventListener('reset', () => setTimeout(apply));
  // "An infringement or a dispute? See 纠纷与维权": switch the need, keep the district, go to the list.
  disputes?.querySelector<HTMLAnchorElement>('[data-set-need]')?.addEventListener('click', (event) => {
    event.preventDefault();
    need.value = (event.currentTarget as HTMLElement).dataset.setNeed!;
    apply();
    document.getElementById(`need-${need.value}`)?.scrollIntoView();
  });
  // A body listed under several needs counts once; by its id, not its links (a summary may hold a tel: link).
  if (initial.need || initial.district) apply();
  else report(initial);
}
