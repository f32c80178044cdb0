/**
 * The months' names of the languages whose dates the kit writes by hand (British English and Welsh), in one
 * place for the writer (format.ts) and the reader (periods.ts).
 */
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
/** `en-GB`'s short months: September is `Sept`. */
const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];

/**
 * The months of the languages written by hand, long and short: Welsh's are CLDR's, as Node's `Intl` gives them
 * (`31 Mawrth 2010`, `31 Maw 2010`; test/node/i18n.test.ts compares them), because Chromium has no Welsh date
 * data. Both write `day month year`. The dates are written with them (format.ts) and read with them too
 * (periods.ts: `31 Mawrth 2010` is 31 March 2010).
 */
export const MONTH_NAMES: Readonly<Record<string, readonly [readonly string[], readonly string[]]>> = {
  'en-GB': [MONTHS, SHORT_MONTHS],
  cy: [
    [
      'Ionawr',
      'Chwefror',
      'Mawrth',
      'Ebrill',
      'Mai',
      'Mehefin',
      'Gorffennaf',
      'Awst',
      'Medi',
      'Hydref',
      'Tachwedd',
      'Rhagfyr',
    ],
    ['Ion', 'Chwef', 'Maw', 'Ebr', 'Mai', 'Meh', 'Gorff', 'Awst', 'Medi', 'Hyd', 'Tach', 'Rhag'],
  ],
};
