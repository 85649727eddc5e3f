/** Places in force from a night until the next entry. `places: 0` means the activity is closed. */
export interface CapacityEntry {
  from: string;
  places: number;
  womenPlaces?: number;
}

/** The entry in force on `date`: the latest whose `from` is on or before it. */
export function capacityOn(entries: readonly CapacityEntry[], date: string): CapacityEntry | undefined {
  let inForce: CapacityEntry | undefined;
  for (const entry of entries) {
    if (entry.from <= date && (inForce === undefined || entry.from > inForce.from)) inForce = entry;
  }
  return inForce;
}

/** Capacity nights over some nights: the places in force on each night, summed night by night. */
export function capacityNights(entries: readonly CapacityEntry[], dates: readonly string[]): number {
  return dates.reduce((sum, date) => sum + (capacityOn(entries, date)?.places ?? 0), 0);
}

/** Insert or replace the entry that starts on `entry.from`, keeping the list sorted by date. */
export function withCapacityEntry(entries: readonly CapacityEntry[], entry: CapacityEntry): CapacityEntry[] {
  return [...entries.filter((e) => e.from !== entry.from), entry].sort((a, b) =>
    a.from.localeCompare(b.from),
  );
}
