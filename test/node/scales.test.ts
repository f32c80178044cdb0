import { expect } from 'chai';
import {
  bestFirst,
  compareGrades,
  type GradeScale,
  readGrade,
  SCALES,
  sameGrading,
} from '../../src/core/scales.js';
import { readStatus } from '../../src/core/status.js';

const ofsted = SCALES['ofsted-4'];
function label(scale: GradeScale, raw: unknown): string {
  const r = readGrade(scale, raw);
  if (r.kind === 'grade') return `${r.grade.value} ${r.grade.label}`;
  if (r.kind === 'state') return `state ${r.state.label}`;
  return r.kind === 'none' ? 'none' : `invalid: ${r.message}`;
}

describe('readGrade(scale, raw)', () => {
  it('reads the spellings of the seed documents as one grade', () => {
    for (const raw of [
      'Adequate',
      'adequate',
      ' ADEQUATE ',
      3,
      '3',
      'Grade 3 (Adequate)',
      'grade 3',
      '3 - Adequate',
      'Adequate (3)',
    ]) {
      expect(label(ofsted, raw), String(raw)).to.equal('3 Adequate');
    }
  });

  it('reads no judgement in each of its spellings', () => {
    for (const raw of [null, undefined, '', '  ', 'n/a', 'N/A', 'Not judged', 'not applicable']) {
      expect(label(ofsted, raw), String(raw)).to.equal('none');
    }
  });

  it('names the scale and its grades when a grade is not on it', () => {
    expect(label(ofsted, 'Adequte')).to.equal(
      'invalid: "Adequte" is not a grade on the Ofsted 4-point scale (did you mean "Adequate"?): use Outstanding, Good, Adequate or Inadequate, or a number from 1 to 4; leave it empty or write "not judged" for no judgement',
    );
    expect(label(ofsted, 5)).to.contain('5 is not a grade');
    expect(label(ofsted, 2.5)).to.contain('is not a grade');
    expect(label(ofsted, 'Requires improvement')).to.contain('is not a grade');
  });

  it('requires the number and the label to agree', () => {
    expect(label(ofsted, 'Grade 2 (Adequate)')).to.equal(
      'invalid: "Grade 2 (Adequate)" gives two grades: 2 is Good on the Ofsted 4-point scale, not Adequate. Check the report and write one of them, "Good" or "Adequate"',
    );
  });

  it('reads the ILACS spelling "requires improvement to be good" on ofsted-ri', () => {
    expect(label(SCALES['ofsted-ri'], 'requires improvement to be good')).to.equal('3 Requires improvement');
    expect(label(SCALES['ofsted-ri'], 'requires improvement')).to.equal('3 Requires improvement');
  });

  it('reads custom scales with aliases', () => {
    const custom: GradeScale = {
      id: 'rag-3',
      name: 'three-point scale',
      grades: [
        { value: 1, label: 'Met', aliases: ['Achieved'] },
        { value: 2, label: 'Partly met' },
        { value: 3, label: 'Not met' },
      ],
    };
    expect(label(custom, 'achieved')).to.equal('1 Met');
    expect(label(custom, 'Grade 3 (Not met)')).to.equal('3 Not met');
    expect(label(custom, 'Exceeded')).to.contain('use Met, Partly met or Not met');
  });

  it('does not read an object or a list as a grade', () => {
    expect(label(ofsted, {})).to.contain('is not a grade');
    expect(label(ofsted, [3])).to.contain('is not a grade');
  });
});

describe('compareGrades(earlier, later)', () => {
  it('says improved, held or declined (1 is best)', () => {
    const [o, g, a] = ofsted.grades;
    expect(compareGrades(a!, g!)).to.equal('improved');
    expect(compareGrades(g!, g!)).to.equal('held');
    expect(compareGrades(o!, a!)).to.equal('declined');
  });
});

/** Every grade of a scale as `number label`, best first (`-` for a scale with no numbers). */
function ladder(scale: GradeScale): string[] {
  return scale.grades.map((g) => (scale.numbered === false ? g.label : `${g.value} ${g.label}`));
}

describe('the inspectorates’ built-in scales', () => {
  it('ofsted-report-card: the five report card grades, best first, with no numbers', () => {
    const s = SCALES['ofsted-report-card'];
    expect(ladder(s)).to.deep.equal([
      'Exceptional',
      'Strong standard',
      'Expected standard',
      'Needs attention',
      'Urgent improvement',
    ]);
    expect(label(s, 'strong STANDARD')).to.equal('2 Strong standard');
    expect(label(s, 'Needs attention')).to.equal('4 Needs attention');
    expect(label(s, 'Attention needed')).to.equal('4 Needs attention');
    // The report card prints no numbers: a number is not one of its grades.
    expect(label(s, 2)).to.equal(
      'invalid: 2 is not a grade on the Ofsted report card scale: use Exceptional, Strong standard, Expected standard, Needs attention or Urgent improvement; leave it empty or write "not judged" for no judgement',
    );
    expect(label(s, 'Grade 2 (Strong standard)')).to.contain('is not a grade');
    expect(label(s, 'Good')).to.contain('is not a grade on the Ofsted report card scale');
    expect(s.since).to.equal('2025-11-10');
  });

  it('ofsted-safeguarding: Met and Not met, a scale of its own', () => {
    const s = SCALES['ofsted-safeguarding'];
    expect(ladder(s)).to.deep.equal(['Met', 'Not met']);
    expect(label(s, 'not MET')).to.equal('2 Not met');
    expect(label(s, 'Met')).to.equal('1 Met');
    expect(label(s, 'Expected standard')).to.contain('use Met or Not met');
  });

  it('ofsted-ri: "Requires improvement to be good" as ILACS writes it', () => {
    const s = SCALES['ofsted-ri'];
    expect(ladder(s)).to.deep.equal(['1 Outstanding', '2 Good', '3 Requires improvement', '4 Inadequate']);
    expect(label(s, 'Requires improvement to be good')).to.equal('3 Requires improvement');
    expect(label(s, '3 - requires improvement to be good')).to.equal('3 Requires improvement');
  });

  it('care-inspectorate-6: numbered with 6 best, in every printed form', () => {
    const s = SCALES['care-inspectorate-6'];
    expect(ladder(s)).to.deep.equal([
      '6 Excellent',
      '5 Very good',
      '4 Good',
      '3 Adequate',
      '2 Weak',
      '1 Unsatisfactory',
    ]);
    for (const raw of [
      '5 Very Good',
      'Grade 5 - Very good',
      '5 – Very good',
      'Very Good (5)',
      '5',
      5,
      'very good',
    ]) {
      expect(label(s, raw), String(raw)).to.equal('5 Very good');
    }
    expect(label(s, '1 Unsatisfactory')).to.equal('1 Unsatisfactory');
    expect(label(s, '6 Weak')).to.contain(
      'gives two grades: 6 is Excellent on the Care Inspectorate six-point scale, not Weak',
    );
    expect(label(s, 7)).to.equal(
      'invalid: 7 is not a grade on the Care Inspectorate six-point scale: use Excellent, Very good, Good, Adequate, Weak or Unsatisfactory, or a number from 1 to 6 (6 is best); leave it empty or write "not judged" for no judgement',
    );
  });

  it('ciw: the four Care Inspectorate Wales ratings, best first, with no numbers', () => {
    const s = SCALES.ciw;
    expect(ladder(s)).to.deep.equal([
      'Excellent',
      'Good',
      'Requires improvement',
      'Requires significant improvement',
    ]);
    expect(label(s, 'requires significant improvement')).to.equal('4 Requires significant improvement');
    expect(label(s, 'Requires improvement')).to.equal('3 Requires improvement');
    expect(label(s, 1)).to.contain('is not a grade on the Care Inspectorate Wales rating scale');
    expect(s.since).to.equal('2025-04-01');
  });

  it('cqc-4: "Not rated" is its own state, not a grade and not "not judged"', () => {
    const s = SCALES['cqc-4'];
    expect(ladder(s)).to.deep.equal(['1 Outstanding', '2 Good', '3 Requires improvement', '4 Inadequate']);
    const r = readGrade(s, 'not rated');
    expect(r.kind === 'state' && r.state.label).to.equal('Not rated');
    expect(readGrade(s, 'Not judged').kind).to.equal('none');
    expect(label(s, 'Not rates')).to.equal(
      'invalid: "Not rates" is not a grade on the CQC 4-point scale (did you mean "Not rated"?): use Outstanding, Good, Requires improvement or Inadequate, or a number from 1 to 4; write "Not rated" where the inspectorate gave none; leave it empty or write "not judged" for no judgement',
    );
  });

  it('lists every scale best first: each scale’s numbers run from its best end', () => {
    for (const s of Object.values(SCALES)) {
      const values = s.grades.map((g) => g.value);
      const sorted = [...values].sort((a, b) => (s.best === 'highest' ? b - a : a - b));
      expect(values, s.id).to.deep.equal(sorted);
      // The best grade compared with the worst: improved going up the scale, whichever number is best.
      const best = s.grades[0]!;
      const worst = s.grades.at(-1)!;
      expect(compareGrades(worst, best, s.best), s.id).to.equal('improved');
      expect(compareGrades(best, worst, s.best), s.id).to.equal('declined');
    }
  });

  it('a custom scale may say its highest number is best, and is listed best first', () => {
    const s = bestFirst({
      id: 'stars',
      name: 'star rating',
      best: 'highest',
      grades: [
        { value: 1, label: 'One star' },
        { value: 3, label: 'Three stars' },
        { value: 2, label: 'Two stars' },
      ],
    });
    expect(ladder(s)).to.deep.equal(['3 Three stars', '2 Two stars', '1 One star']);
    expect(compareGrades(s.grades[2]!, s.grades[0]!, s.best)).to.equal('improved');
  });

  it('compares grades only on the same scale and framework', () => {
    expect(sameGrading(SCALES['ofsted-ri'], SCALES['ofsted-ri'])).to.equal(true);
    expect(sameGrading(SCALES['ofsted-ri'], SCALES['ofsted-report-card'])).to.equal(false);
    expect(sameGrading(SCALES['ofsted-4'], SCALES['ofsted-ri'])).to.equal(false);
    const mine: GradeScale = {
      id: 'self',
      name: 'self-assessment scale',
      grades: [{ value: 1, label: 'Met' }],
    };
    expect(sameGrading(mine, { ...mine, framework: 'self-assessment 2026' })).to.equal(false);
    expect(sameGrading(mine, { ...mine })).to.equal(true);
  });
});

describe('compareGrades(earlier, later, best)', () => {
  it('on the Care Inspectorate scale, 4 after 5 is a decline', () => {
    const [, five, four] = SCALES['care-inspectorate-6'].grades;
    expect(compareGrades(five!, four!, 'highest')).to.equal('declined');
    expect(compareGrades(four!, five!, 'highest')).to.equal('improved');
  });
});

describe('"Requires improvement (to be good)" as ILACS reports print it, brackets and all', () => {
  it('is grade 3, requires improvement, on ofsted-ri, and amber as a rating', () => {
    const r = readGrade(SCALES['ofsted-ri'], 'Requires improvement (to be good)');
    expect(r.kind === 'grade' && [r.grade.value, r.grade.label]).to.deep.equal([3, 'Requires improvement']);
    const s = readStatus('Requires improvement (to be good)');
    expect(s.kind === 'status' && s.status).to.equal('amber');
  });
});

describe('readGrade: grades written in Welsh (issue 22)', () => {
  it('reads each built-in grade’s Welsh word as that grade, in any case, with its number too', () => {
    expect(label(ofsted, 'Da')).to.equal('2 Good');
    expect(label(ofsted, 'rhagorol')).to.equal('1 Outstanding');
    expect(label(ofsted, 'Annigonol')).to.equal('4 Inadequate');
    expect(label(ofsted, 'Grade 2 (Da)')).to.equal('2 Good');
    expect(label(SCALES.ciw, 'Rhaid gwella’n sylweddol')).to.equal(
      `${SCALES.ciw.grades.find((g) => g.label === 'Requires significant improvement')!.value} Requires significant improvement`,
    );
    expect(label(SCALES['care-inspectorate-6'], 'Da iawn')).to.equal('5 Very good');
  });
  it('still refuses a Welsh grade whose number says another, and reads the Welsh "not judged" as none', () => {
    expect(label(ofsted, '3 - Da')).to.match(/^invalid: /);
    expect(label(ofsted, 'Heb ei farnu')).to.equal('none');
    expect(label(ofsted, 'amh.')).to.equal('none');
  });
  it('reads no Welsh word that two grades of a scale share, and none on a custom scale whose labels are its own', () => {
    const shared: GradeScale = {
      id: 'custom',
      name: 'custom scale',
      grades: [
        { value: 1, label: 'Excellent' },
        { value: 2, label: 'Outstanding' },
      ],
    } as GradeScale;
    // Both are "Rhagorol" in Welsh: neither is guessed.
    expect(label(shared, 'Rhagorol')).to.match(/^invalid: /);
    expect(label(shared, 'Excellent')).to.equal('1 Excellent');
  });
});
