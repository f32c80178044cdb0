/**
 * Example data for stories that show a feature the seed documents have no figures for (a comparison of two
 * dated inspections, a national-size grid, bad input). Labelled as examples wherever they are shown.
 */
const GRADES = ['Outstanding', 'Good', 'Requires improvement', 'Inadequate'];

export const compareExample = {
  title: 'Two inspections of one service (example data)',
  columns: [
    { id: 'jul', label: 'July 2009 (unannounced)', date: '2009-07' },
    { id: 'dec', label: 'December 2009 (announced)', date: '2009-12' },
  ],
  rows: [
    { label: 'Overall effectiveness', grades: { jul: 'Inadequate', dec: 'Adequate' } },
    { label: 'Capacity for improvement', grades: { jul: 'Adequate', dec: 'Adequate' } },
    { label: 'Partnerships', grades: { jul: 'Good', dec: 'Adequate' } },
  ],
};

export const nationalGrid = {
  title: 'National grid (example data)',
  columns: Array.from({ length: 24 }, (_, i) => ({ id: `j${i + 1}`, label: `Judgement ${i + 1}` })),
  rows: Array.from({ length: 152 }, (_, r) => ({
    label: `Authority ${r + 1}`,
    grades: Object.fromEntries(Array.from({ length: 24 }, (_, i) => [`j${i + 1}`, GRADES[(r + i) % 4]])),
  })),
};

export const invalidGrid = {
  title: 'A grid with typing slips (example data)',
  columns: [
    { id: 'sg', label: 'Safeguarding' },
    { id: 'lac', label: 'Looked after children' },
  ],
  rows: [
    { label: 'Overall effectiveness', grades: { sg: 'Inadequate', lac: 'Adequte' } },
    { label: 'Capacity for improvement', grades: { sg: 'Grade 2 (Adequate)', lac: 3 } },
    {
      label: '<img src=x onerror=alert(1)>',
      grades: { sg: 'Good', lac: { grade: 'Good', href: 'javascript:alert(1)' } },
    },
  ],
};

export const invalidMatrix = {
  title: 'A matrix with a typing slip (example data)',
  columns: [{ id: 'q1', label: 'Q1 2010/11' }],
  rows: [
    { label: 'Item one', cells: { q1: 'Good' } },
    { label: 'Item two', cells: { q1: '3333' } },
  ],
};

export const valueTargetMatrix = {
  title: 'Indicators against target by quarter (example data)',
  columns: ['Q1 2010/11', 'Q2 2010/11', 'Q3 2010/11'].map((q) => ({ id: q, label: q })),
  rows: [
    {
      label: 'Assessments on time',
      group: 'Social care',
      cells: {
        'Q1 2010/11': { value: 72, target: 80, polarity: 'Rise', tolerance: 5 },
        'Q2 2010/11': { value: 77, target: 80, polarity: 'Rise', tolerance: 5 },
        'Q3 2010/11': { value: 81, target: 80, polarity: 'Rise', tolerance: 5 },
      },
    },
    {
      label: 'Repeat plans',
      group: 'Social care',
      cells: {
        'Q1 2010/11': { value: 14, target: 12, polarity: 'Fall', tolerance: 1 },
        'Q2 2010/11': { value: 12.5, target: 12, polarity: 'Fall', tolerance: 1 },
      },
    },
  ],
};

export const manyActions = {
  title: 'Three hundred actions (example data)',
  published: '2010-01-07',
  asOf: '2010-05-11',
  actions: Array.from({ length: 300 }, (_, i) => ({
    id: `a${i + 1}`,
    theme: ['Safeguarding', 'Looked after children', 'Leadership', 'Partnerships'][i % 4],
    title: `Action ${i + 1}`,
    timescale: ['Immediately', 'Within three months', 'Within six months'][i % 3],
    ...(i % 7 === 0 ? { status: 'done', completed: '2010-03-30' } : {}),
  })),
};

/**
 * Holds every fetch of an address ending `held-report.json` until it is abandoned, so that the Loading stories
 * stay in the loading state. Returns the cleanup that puts `fetch` back (Storybook's `beforeEach` contract).
 */
export function holdFetches(): () => void {
  const original = window.fetch;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    if (!String(input instanceof Request ? input.url : input).endsWith('held-report.json'))
      return original(input, init);
    return new Promise<Response>((_, reject) => {
      init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
    });
  };
  return () => {
    window.fetch = original;
  };
}

/** While the file is on its way: the same story for every widget (it holds its request open). */
export const loadingStory = {
  args: { src: 'fixtures/held-report.json' },
  beforeEach: holdFetches,
  parameters: { state: 'loading' },
};

/** A file that cannot be fetched: what failed, the address, and Retry. */
export const failedFetchStory = { args: { src: 'fixtures/no-such-report.json' } };
