/** The report's tables, by id: each a CSV of its own (`format=csv&table=…`) and a sheet of the XLSX. */
export const TABLE_IDS = [
  'nightShelters',
  'shelters',
  'shelterMonths',
  'womenPlaces',
  'dayCentres',
  'centres',
  'outreach',
  'socialEmergency',
  'intake',
  'extraColdNights',
  'readiness',
  'nationalitiesNight',
  'nationalitiesDay',
  'nationalitiesOutreach',
  'nationalitiesSocialEmergency',
  'nationalitiesIntake',
  'trends',
  'changes',
  'completeness',
] as const;
export type TableId = (typeof TABLE_IDS)[number];
