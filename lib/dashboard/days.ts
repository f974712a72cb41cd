// Fills the days without activity, so a chart's x axis is a real calendar. Pure.

// A dashboard is about the current review: three months is plenty, and keeps the chart legible.
export const MAX_DAYS = 90;

// At least a week, so a desk that started today still gets a line with a baseline, not a lone dot.
export const MIN_DAYS = 7;

const DAY_MS = 24 * 60 * 60 * 1000;

export interface DayCount {
  day: string;
  marked: number;
  judged: number;
}

/** Every UTC day from the first row's to the last row's (MIN_DAYS to MAX_DAYS of them), zeros for the gaps. */
export function fillDays(rows: DayCount[]): DayCount[] {
  if (rows.length === 0) return [];
  const byDay = new Map(rows.map((row) => [row.day, row]));
  const sorted = [...byDay.keys()].sort();
  const last = Date.parse(`${sorted.at(-1)}T00:00:00Z`);
  const earliest = Math.min(Date.parse(`${sorted[0]}T00:00:00Z`), last - (MIN_DAYS - 1) * DAY_MS);
  const first = Math.max(earliest, last - (MAX_DAYS - 1) * DAY_MS);
  const days: DayCount[] = [];
  for (let time = first; time <= last; time += DAY_MS) {
    const day = new Date(time).toISOString().slice(0, 10);
    days.push(byDay.get(day) ?? { day, marked: 0, judged: 0 });
  }
  return days;
}
