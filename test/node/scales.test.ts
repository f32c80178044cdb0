import { expect } from 'chai';
import { compareGrades, type GradeScale, readGrade, SCALES } from '../../src/core/scales.js';

const ofsted = SCALES['ofsted-4'];
function label(scale: GradeScale, raw: unknown): string {
  const r = readGrade(scale, raw);
  if (r.kind === 'grade') return `${r.grade.value} ${r.grade.label}`;
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
