// Filters the services finder in place by need and district; keeps the choice in the URL (#need=…&district=…)
// so a filtered view can be shared. The grouped lists it filters are complete without it.
import { matchesFilter, parseFilterHash, filterHash } from '../lib/services/filter.ts';

export function enableServiceFilter(): void {
  const form = document.querySelector<HTMLFormElement>('[data-service-filter]');
  if (!form) return;
  const need = form.querySelector<HTMLSelectElement>('[name="need"]')!;
  const district = form.querySelector<HTMLSelectElement>('[name="district"]')!;
  const count = form.querySelector<HTMLElement>('[data-filter-count] span')!;
  const groups = [...document.querySelectorAll<HTMLElement>('[data-need-group]')];

  const apply = () => {
    const filter = { need: need.value, district: district.value };
    const shown = new Set<string>();
    for (const group of groups) {
      let visible = 0;
      group.querySelectorAll<HTMLElement>('[data-needs]').forEach((card) => {
        const match = matchesFilter(
          { needs: card.dataset.needs!.split(' '), district: card.dataset.district! },
          filter,
          group.dataset.needGroup!,
        );
        card.hidden = !match;
        if (match) {
          visible += 1;
          shown.add(card.dataset.service!);
        }
      });
      group.hidden = visible === 0;
    }
    count.textContent = String(shown.size);
    history.replaceState(null, '', filterHash(filter) || location.pathname);
  };

  const initial = parseFilterHash(location.hash);
  need.value = initial.need;
  district.value = initial.district;
  form.hidden = false;
  form.addEventListener('change', apply);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply();
  });
  if (initial.need || initial.district) apply();
  // A body listed under several needs counts once; by its id, not its links (a summary may hold a tel: link).
  else
    count.textContent = String(
      new Set(
        [...document.querySelectorAll<HTMLElement>('[data-need-group] [data-service]')].map((c) => c.dataset.service),
      ).size,
    );
}
