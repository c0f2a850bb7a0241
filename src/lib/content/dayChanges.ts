// What one day changed on one page, gathered from its commits oldest first (the change log and each page's
// history tell a day at a time): the kinds a reader is told, and the places its wording changed in, each once,
// in the order they were changed, by their names at the end of the day (a section renamed later that day is
// named by its new heading: the old one is no longer on the page).
import { readerKinds, type ChangeKind, type FileChange } from './changeKinds.ts';
import { uniquePlaces, type TextPlace } from './changePlaces.ts';
import { chainValues, type ValueChange } from './valueChanges.ts';

export class DayChanges {
  private readonly kinds = new Set<ChangeKind>();
  private places: TextPlace[] = [];
  private values: ValueChange[] = [];

  /** Adds one file's change; call oldest commit first. */
  add({ kinds, places, renamed, values = [] }: FileChange): void {
    this.values.push(...values);
    kinds.forEach((kind) => this.kinds.add(kind));
    const now = new Map(renamed);
    this.places = this.places.map((place) =>
      'heading' in place && now.has(place.heading) ? { heading: now.get(place.heading)! } : place,
    );
    this.places.push(...places);
  }

  /** The kinds a reader is told (readerKinds), when wording changed, where, and the facts changed, old and new
   *  (none on a new page: it has no old values). */
  told(): { kinds: ChangeKind[]; places: TextPlace[]; values: ValueChange[] } {
    const kinds = readerKinds(this.kinds);
    return {
      kinds,
      places: kinds.includes('text') ? uniquePlaces(this.places) : [],
      values: kinds.includes('added') ? [] : chainValues(this.values),
    };
  }
}
