// Whole UTC days as integers: no time zone can shift a comparison.
const MS_PER_DAY = 86_400_000;

export function dayNumber(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  const value = new Date(0);
  value.setUTCFullYear(y, m - 1, d);
  return Math.floor(value.getTime() / MS_PER_DAY);
}

export function formatDay(day: number): string {
  const value = new Date(day * MS_PER_DAY);
  const y = String(value.getUTCFullYear()).padStart(4, '0');
  const m = String(value.getUTCMonth() + 1).padStart(2, '0');
  const d = String(value.getUTCDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

export function addDays(date: string, days: number): string {
  return formatDay(dayNumber(date) + days);
}

/** Today in UTC as YYYY-MM-DD. */
export function todayUtc(clock: () => Date = () => new Date()): string {
  return formatDay(Math.floor(clock().getTime() / MS_PER_DAY));
}
