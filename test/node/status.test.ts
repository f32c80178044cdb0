import { expect } from 'chai';
import { INVALID, type ReadContext } from '../../src/core/schema.js';
import { readPolarity } from '../../src/core/shapes/kpi.js';
import { ratingMapAttribute } from '../../src/core/shapes/rag.js';
import { ratingMap, readStatus, statusFromTarget, trend } from '../../src/core/status.js';

function status(raw: unknown, map = ratingMap()): string {
  const r = readStatus(raw, map);
  return r.kind === 'status' ? `${r.status}${r.rating ? ` (${r.rating})` : ''}` : `invalid: ${r.message}`;
}

describe('readStatus(raw, map)', () => {
  it('reads status words and letters in any case', () => {
    expect(status('Amber')).to.equal('amber');
    expect(status(' GREY ')).to.equal('grey');
    expect(status('r')).to.equal('red');
    expect(status('B')).to.equal('blue');
  });
  it('maps the Leeds rating words through the default map, keeping the word', () => {
    expect(status('Satisfactory')).to.equal('amber (Satisfactory)');
    expect(status('Good')).to.equal('green (Good)');
    expect(status('poor')).to.equal('red (poor)');
    expect(status('Excellent')).to.equal('blue (Excellent)');
  });
  it('lets the data’s map override and extend the defaults', () => {
    const map = ratingMap({ Good: 'blue', 'On track': 'green' });
    expect(status('good', map)).to.equal('blue (good)');
    expect(status('on  track', map)).to.equal('green (on  track)');
  });
  it('reports the typing slip 3333 with the statuses and ratings it could have been', () => {
    const out = status('3333');
    expect(out).to.contain('"3333" is not a status or a rating: use red, amber, green, blue or grey');
    expect(out).to.contain('satisfactory');
    expect(status('')).to.contain('is empty: write a status (red, amber, green, blue or grey)');
    expect(status(3)).to.contain('is not a status');
  });
  it('names the ratings first where a rating was written, and the nearest word for a slip', () => {
    const r = readStatus('Satisfctory', ratingMap(), 'rating');
    expect(r.kind === 'invalid' && r.message).to.equal(
      '"Satisfctory" is not a rating (did you mean "satisfactory"?): use poor, satisfactory, adequate, good, excellent, outstanding or inadequate (or a status: red, amber, green, blue or grey)',
    );
  });
});

describe('the default rating map: the inspectorates’ words', () => {
  it('reads each inspectorate’s grades as the status they stand for', () => {
    const expected: Record<string, string> = {
      'Requires improvement to be good': 'amber',
      'requires improvement': 'amber',
      'Needs attention': 'amber',
      'Urgent improvement': 'red',
      'Requires significant improvement': 'red',
      Inadequate: 'red',
      Weak: 'red',
      Unsatisfactory: 'red',
      'Expected standard': 'green',
      Good: 'green',
      'Strong standard': 'green',
      Exceptional: 'blue',
      Outstanding: 'blue',
      Excellent: 'blue',
    };
    for (const [word, want] of Object.entries(expected))
      expect(status(word), word).to.equal(`${want} (${word})`);
  });
  it('suggests an inspectorate’s word for a slip, but lists only the board papers’ words', () => {
    const r = readStatus('Needs atention', ratingMap(), 'rating');
    expect(r.kind === 'invalid' && r.message).to.equal(
      '"Needs atention" is not a rating (did you mean "needs attention"?): use poor, satisfactory, adequate, good, excellent, outstanding or inadequate (or a status: red, amber, green, blue or grey)',
    );
  });
});

describe('ratingMapAttribute(): the map attribute', () => {
  const read = (raw: unknown) => {
    const ctx: ReadContext = { problems: [], depth: 0 };
    const value = ratingMapAttribute().read(raw, 'map', ctx);
    return {
      value: value === INVALID ? 'invalid' : { ...value },
      problems: ctx.problems.map((p) => p.message),
    };
  };
  it('reads rating words and their statuses, in any case and spacing', () => {
    expect(read('lg:green, la:amber, lr:red, lu:grey')).to.deep.equal({
      value: { lg: 'green', la: 'amber', lr: 'red', lu: 'grey' },
      problems: [],
    });
    expect(read(' On track : GREEN ,, ').value).to.deep.equal({ 'On track': 'green' });
  });
  it('names each wrong entry and says how to write it', () => {
    expect(read('lg:green, lu:gray, la amber')).to.deep.equal({
      value: 'invalid',
      problems: [
        '"lu:gray" gives "lu" the status "gray", which is not a status: use red, amber, green, blue or grey',
        '"la amber" is not a rating and its status: write each rating word, a colon and its status, with commas between (lg:green, la:amber)',
      ],
    });
  });
  it('goes over the data’s map and the defaults', () => {
    const map = ratingMap({ ...{ good: 'blue' as const }, ...{ lg: 'green' as const } });
    expect(status('LG', map)).to.equal('green (LG)');
    expect(status('good', map)).to.equal('blue (good)');
  });
});

describe('readPolarity(word)', () => {
  it('reads the contract words and the source documents’ words', () => {
    expect(readPolarity('Rise')).to.equal('up');
    expect(readPolarity('fall')).to.equal('down');
    expect(readPolarity('Bell Shaped')).to.equal('range');
    expect(readPolarity('bell  shaped')).to.equal('range');
    expect(readPolarity('range')).to.equal('range');
    expect(readPolarity('sideways')).to.equal(undefined);
  });
});

describe('statusFromTarget(value, target, polarity, tolerance, range)', () => {
  it('up: met or beaten is green; short by no more than the tolerance amber; further red', () => {
    expect(statusFromTarget(80, 80, 'up', 5)).to.equal('green');
    expect(statusFromTarget(81, 80, 'up', 5)).to.equal('green');
    expect(statusFromTarget(75, 80, 'up', 5)).to.equal('amber');
    expect(statusFromTarget(74.9, 80, 'up', 5)).to.equal('red');
    expect(statusFromTarget(73, 80, 'up')).to.equal('red');
    expect(statusFromTarget(79.99, 80, 'up', 0)).to.equal('red');
  });
  it('is not fooled by floating-point noise at the edge (59.7 − 54.7)', () => {
    expect(statusFromTarget(54.7, 59.7, 'up', 5)).to.equal('amber');
    expect(statusFromTarget(0.3, 0.1 + 0.2, 'up', 0)).to.equal('green');
  });
  it('down: at or under target is green', () => {
    expect(statusFromTarget(10, 12, 'down', 1)).to.equal('green');
    expect(statusFromTarget(13, 12, 'down', 1)).to.equal('amber');
    expect(statusFromTarget(13.1, 12, 'down', 1)).to.equal('red');
  });
  it('range: inside is green, outside within tolerance amber, beyond red', () => {
    const range = [8, 12] as const;
    expect(statusFromTarget(8, undefined, 'range', 1, range)).to.equal('green');
    expect(statusFromTarget(12, undefined, 'range', 1, range)).to.equal('green');
    expect(statusFromTarget(7, undefined, 'range', 1, range)).to.equal('amber');
    expect(statusFromTarget(13, undefined, 'range', 1, range)).to.equal('amber');
    expect(statusFromTarget(13.5, undefined, 'range', 1, range)).to.equal('red');
    expect(statusFromTarget(10, undefined, 'range', 0, [12, 8])).to.equal('green');
  });
  it('has no status without a target (or, for range, without a range or target)', () => {
    expect(statusFromTarget(80, undefined, 'up')).to.equal(undefined);
    expect(statusFromTarget(80, undefined, 'range')).to.equal(undefined);
    expect(statusFromTarget(80, 80, 'range')).to.equal('green');
  });
});

describe('trend(previous, latest, polarity)', () => {
  it('judges direction of travel by polarity', () => {
    expect(trend(59.7, 73, 'up')).to.equal('improving');
    expect(trend(73, 59.7, 'up')).to.equal('worsening');
    expect(trend(12, 10, 'down')).to.equal('improving');
    expect(trend(10, 10, 'up')).to.equal('no-change');
    expect(trend(0.1 + 0.2, 0.3, 'up')).to.equal('no-change');
    expect(trend(undefined, 10, 'up')).to.equal('none');
  });
  it('range: closer to the range is improving', () => {
    expect(trend(15, 13, 'range', undefined, [8, 12])).to.equal('improving');
    expect(trend(9, 14, 'range', undefined, [8, 12])).to.equal('worsening');
    expect(trend(9, 11, 'range', undefined, [8, 12])).to.equal('no-change');
    expect(trend(9, 11, 'range')).to.equal('none');
  });
});

describe('polarity as UK statistics write it', () => {
  it('reads LAIT, Fingertips and plain-English words, in any case', () => {
    const cases: [string, string][] = [
      ['High', 'up'],
      ['LOW', 'down'],
      ['Higher is better', 'up'],
      ['lower is better', 'down'],
      ['High is good', 'up'],
      ['Low is good', 'down'],
      ['RAG - High is good', 'up'],
      ['RAG - Low is good', 'down'],
      ['Increase', 'up'],
      ['Decrease', 'down'],
      ['-', 'none'],
      ['No judgement', 'none'],
      ['Not applicable', 'none'],
      ['BOB - Blue orange blue', 'none'],
    ];
    for (const [word, polarity] of cases) expect(readPolarity(word), word).to.equal(polarity);
  });
  it('with no polarity a move is increasing or decreasing, never improving, and no status is given', () => {
    expect(trend(50, 52, 'none')).to.equal('increasing');
    expect(trend(52, 50, 'none')).to.equal('decreasing');
    expect(trend(50, 50, 'none')).to.equal('no-change');
    expect(statusFromTarget(40, 60, 'none', 5)).to.equal(undefined);
    expect(statusFromTarget(80, 60, 'none')).to.equal(undefined);
  });
});

describe('a rating map that gives a letter or a status word its own meaning', () => {
  it('wins over the built-in letter: A for Achieved is green when the map says so', () => {
    const r = readStatus('A', ratingMap({ a: 'green', na: 'red' }));
    expect(r.kind === 'status' && r.status).to.equal('green');
    const plain = readStatus('A');
    expect(plain.kind === 'status' && plain.status).to.equal('amber');
  });
});
