/**
 * Example data for the stories of the inspectorates' scales (issue #17): a report card, a Care Inspectorate
 * evaluation, CIW's ratings by theme, and a compare across Ofsted's change of framework. The grades are the
 * inspectorates' own words (docs/reference.md §4.1); the services and their grades are made up, and labelled
 * as examples wherever they are shown.
 */

/**
 * Ofsted report cards (from November 2025) of a council's schools: five grades per area, no overall grade, and
 * safeguarding met or not met, on a scale of its own in its own column.
 */
export const reportCardExample = {
  title: 'Report cards of three schools (example data)',
  scale: 'ofsted-report-card',
  columns: [
    { id: 'safe', label: 'Safeguarding', scale: 'ofsted-safeguarding' },
    { id: 'inc', label: 'Inclusion' },
    { id: 'cur', label: 'Curriculum and teaching' },
    { id: 'ach', label: 'Achievement' },
    { id: 'att', label: 'Attendance and behaviour' },
    { id: 'pd', label: 'Personal development and well-being' },
    { id: 'lg', label: 'Leadership and governance' },
  ],
  rows: [
    {
      label: 'Hillside Primary',
      grades: {
        safe: 'Met',
        inc: 'Strong standard',
        cur: 'Expected standard',
        ach: 'Needs attention',
        att: 'Expected standard',
        pd: 'Exceptional',
        lg: 'Expected standard',
      },
    },
    {
      label: 'Riverside Academy',
      grades: {
        safe: 'Met',
        inc: 'Expected standard',
        cur: 'Expected standard',
        ach: 'Expected standard',
        att: 'Strong standard',
        pd: 'Expected standard',
        lg: 'Strong standard',
      },
    },
    {
      label: 'Moor Lane Secondary',
      grades: {
        safe: 'Not met',
        inc: 'Needs attention',
        cur: 'Needs attention',
        ach: 'Urgent improvement',
        att: 'Needs attention',
        pd: 'Expected standard',
        lg: 'Urgent improvement',
      },
    },
  ],
};

/** The Care Inspectorate's key questions, in the forms its reports print grades in (6 is best). */
export const careInspectorateExample = {
  title: 'Care home for older people: evaluations (example data)',
  scale: 'care-inspectorate-6',
  columns: [
    { id: 'y2024', label: 'March 2024', date: '2024-03' },
    { id: 'y2025', label: 'April 2025', date: '2025-04' },
  ],
  rows: [
    {
      label: "How well do we support people's wellbeing?",
      grades: { y2024: '4 - Good', y2025: '5 Very Good' },
    },
    { label: 'How good is our leadership?', grades: { y2024: 'Grade 3 - Adequate', y2025: '4 – Good' } },
    { label: 'How good is our staff team?', grades: { y2024: 'Very Good (5)', y2025: 5 } },
    { label: 'How good is our setting?', grades: { y2024: '4 Good', y2025: '2 Weak' } },
    {
      label: 'How well is our care and support planned?',
      grades: { y2024: '3 Adequate', y2025: '3 Adequate' },
    },
  ],
};

/** CIW's ratings (from 1 April 2025): one per theme, no overall rating. Environment is rated for care homes only. */
export const ciwExample = {
  title: 'Care Inspectorate Wales ratings by theme (example data)',
  scale: 'ciw',
  columns: [
    { id: 'wb', label: 'Well-being' },
    { id: 'cs', label: 'Care and support' },
    { id: 'lm', label: 'Leadership and management' },
    { id: 'env', label: 'Environment' },
  ],
  rows: [
    { label: 'Care home, Bridgend', grades: { wb: 'Good', cs: 'Excellent', lm: 'Good', env: 'Good' } },
    {
      label: 'Domiciliary support service, Conwy',
      grades: { wb: 'Good', cs: 'Requires improvement', lm: 'Requires significant improvement', env: 'n/a' },
    },
    {
      label: 'Care home, Powys',
      grades: { wb: 'Excellent', cs: 'Excellent', lm: 'Excellent', env: 'Requires improvement' },
    },
  ],
};

/** One area over Ofsted's change to report cards: compared within a scale, never across it. */
export const frameworkChangeExample = {
  title: 'One school before and after the report cards (example data)',
  columns: [
    { id: 'y2019', label: 'June 2019', date: '2019-06', scale: 'ofsted-ri' },
    { id: 'y2023', label: 'May 2023', date: '2023-05', scale: 'ofsted-ri' },
    { id: 'y2026', label: 'January 2026', date: '2026-01', scale: 'ofsted-report-card' },
  ],
  rows: [
    {
      label: 'Leadership and management',
      grades: { y2019: 'Requires improvement', y2023: 'Good', y2026: 'Expected standard' },
    },
    { label: 'Behaviour and attitudes', grades: { y2019: 'Good', y2023: 'Good', y2026: 'Strong standard' } },
  ],
};

/** CQC's key questions, with "Not rated" where CQC gave no rating: its own state, not "not judged". */
export const cqcExample = {
  title: 'CQC ratings of two services (example data)',
  scale: 'cqc-4',
  columns: [
    { id: 'safe', label: 'Safe' },
    { id: 'eff', label: 'Effective' },
    { id: 'car', label: 'Caring' },
    { id: 'res', label: 'Responsive' },
    { id: 'wl', label: 'Well-led' },
  ],
  rows: [
    {
      label: 'Home care service',
      grades: {
        safe: 'Requires improvement',
        eff: 'Good',
        car: 'Not rated',
        res: 'Good',
        wl: 'Requires improvement',
      },
    },
    {
      label: 'Care home',
      grades: { safe: 'Good', eff: 'Good', car: 'Outstanding', res: 'Good', wl: 'Good' },
    },
  ],
};

/** Estyn has given no grades since 2022: each judgement is in words, held as `{ "narrative": "…" }`. */
export const estynExample = {
  title: 'A school inspected by Estyn (example data)',
  columns: [{ id: 'jan26', label: 'January 2026' }],
  rows: [
    {
      label: 'Learning',
      grades: { jan26: { narrative: 'Most pupils make strong progress from their starting points.' } },
    },
    {
      label: 'Well-being and attitudes to learning',
      grades: { jan26: { narrative: 'Pupils feel safe and know whom to talk to if they are worried.' } },
    },
  ],
};
