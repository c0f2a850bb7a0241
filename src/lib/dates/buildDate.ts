// "Today" for a build: the date in SOURCE_DATE_EPOCH (seconds since 1970, the reproducible-builds
// convention, https://reproducible-builds.org/specs/source-date-epoch/) when it is set, else now.
// Pure so the rule is testable; src/data/buildDate.ts applies it to the environment once per build.

/** The build date from a SOURCE_DATE_EPOCH value; `now` when the value is unset or empty. */
export function buildDateFrom(epoch: string | undefined, now: () => Date): Date {
  if (epoch === undefined || epoch.trim() === '') return now();
  if (!/^\d+$/.test(epoch.trim())) {
    throw new Error(
      `SOURCE_DATE_EPOCH 应为整数秒数,如 1704067200(2024-01-01),当前为“${epoch}” / ` +
        `SOURCE_DATE_EPOCH must be whole seconds since 1970, e.g. 1704067200 (2024-01-01); it is "${epoch}"`,
    );
  }
  return new Date(Number(epoch.trim()) * 1000);
}

/** A date as the calendar day YYYY-MM-DD in UTC, the form the plan's phases are compared in. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
