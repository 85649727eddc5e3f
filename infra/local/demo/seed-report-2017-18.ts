/**
 * The joint activity report Nov 2017 – Apr 2018 (../shared/seeds/004_…txt): the monthly tables as published.
 * Demo data is spread from these so that every monthly total is exactly the seed's.
 */
export const SEED_NIGHT_SHELTERS = [
  { month: '2017-11', women: 1032, men: 1953 },
  { month: '2017-12', women: 946, men: 1226 },
  { month: '2018-01', women: 802, men: 2071 },
  { month: '2018-02', women: 951, men: 1981 },
  { month: '2018-03', women: 1016, men: 2042 },
  { month: '2018-04', women: 742, men: 1896 },
] as const;

export const SEED_DAY_CENTRES = [
  { month: '2017-11', women: 1267, men: 5600 },
  { month: '2017-12', women: 996, men: 4906 },
  { month: '2018-01', women: 641, men: 5130 },
  { month: '2018-02', women: 815, men: 5467 },
  { month: '2018-03', women: 885, men: 6082 },
  { month: '2018-04', women: 795, men: 5147 },
] as const;
