// What one day changed on one page, gathered from its commits oldest first (the change log and each page's
// history tell a day at a time): the kinds a reader is told, and the places its wording changed in, each once,
// in the order they were changed, by their names at the end of the day (a section renamed later that day is
// named by its new heading: the old one is no longer on the page).
import { readerKinds, type ChangeKind, type FileChange } from './changeKinds.ts';
import { uniquePlaces, type TextPlace } from './changePlaces.ts';

export class DayChanges {
  private readonly kinds = new Set<ChangeKind>();
  private places: TextPlace[] = [];

  /** Adds one file's change; call oldest commit first. */
  add({ kinds, places, renamed }: FileChange): void {
    kinds.forEach((kind) => this.kinds.add(kind));
    const now = new Map(renamed);
    this.places = this.places.map((place) =>
      'heading' in place && now.has(place.heading) ? { heading: now.get(place.heading)! } : place,
    );
    this.places.push(...places);
  }

  /** The kinds a reader is told (readerKinds) and, when wording changed, where. */
  told(): { kinds: ChangeKind[]; places: TextPlace[] } {
    const kinds = readerKinds(this.kinds);
    return { kinds, places: kinds.includes('text') ? uniquePlaces(this.places) : [] };
  }
}
