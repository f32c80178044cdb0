import { expect } from 'chai';
import { parseJson } from '../../src/core/load/json.js';
import { selectPath } from '../../src/core/load/select.js';
import { checkUrl } from '../../src/core/load/url.js';
import { pickRef } from '../../src/core/shapes/kpi.js';
import { plain } from '../setup/plain.js';

function jsonError(text: string): string {
  const r = parseJson(text);
  if (r.ok) throw new Error('expected an error');
  return `${r.problem.path} ${r.problem.message}`;
}

describe('parseJson(text)', () => {
  it('reads JSON and ignores a byte-order mark', () => {
    expect(parseJson('\uFEFF{"a":[1,2]}')).to.deep.equal({ ok: true, value: { a: [1, 2] } });
  });
  it('names the line and column of a trailing comma, a comment, and a file cut short', () => {
    expect(jsonError('{\n  "a": 1,\n}')).to.match(
      /^line 3, column 1 is not valid JSON: .*a comma before a closing bracket/,
    );
    expect(jsonError('{\n  // note\n  "a": 1\n}')).to.match(
      /^line 2, column 3 is not valid JSON: .*comments are not allowed/,
    );
    expect(jsonError('{"rows": [1, 2')).to.match(
      /^line 1, column \d+ is not valid JSON: the file ends too early/,
    );
    expect(jsonError('')).to.contain('line 1, column 1');
  });
  it('does not pollute prototypes with __proto__ keys', () => {
    const r = parseJson('{"__proto__": {"polluted": true}}');
    expect(r.ok).to.equal(true);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });
});

describe('selectPath(doc, path)', () => {
  const doc = { report: { inspection2010: { rows: [{ label: 'a' }, { label: 'b' }] } } };
  it('follows keys and array indexes and says where it went', () => {
    expect(selectPath(doc, 'report.inspection2010.rows.1')).to.deep.equal({
      ok: true,
      value: { label: 'b' },
      path: 'report.inspection2010.rows[1]',
    });
  });
  it('explains a wrong step', () => {
    const r = selectPath(doc, 'report.inspection2011');
    expect(r.ok).to.equal(false);
    if (!r.ok)
      expect(plain(r.problem)).to.deep.equal({
        path: 'select',
        message:
          'there is no part "inspection2011" in "report" (did you mean "report.inspection2010"?): use "report.inspection2010"',
      });
    const r2 = selectPath(doc, 'report.inspection2010.rows.5');
    if (!r2.ok)
      expect(r2.problem.message).to.contain(
        'holds 2 parts numbered from 0, so there is no "5": use a number from 0 to 1',
      );
  });
  it('never follows __proto__, constructor or prototype, or inherited keys', () => {
    for (const path of ['__proto__', 'report.constructor', 'prototype', 'toString']) {
      expect(selectPath(doc, path).ok, path).to.equal(false);
    }
  });
});

describe('pickRef(doc, ref)', () => {
  const doc = { kpis: [{ ref: 'NI 59' }, { ref: 'LSP-HW2b(i) a' }] };
  it('picks by ref, spaces and case aside', () => {
    expect(pickRef(doc, ' ni  59 ', 'indicators')).to.deep.equal({
      ok: true,
      value: { ref: 'NI 59' },
      path: 'indicators.kpis[0]',
    });
  });
  it('lists the refs there are when one is missing', () => {
    const r = pickRef(doc, 'NI 99', '');
    if (r.ok) throw new Error('expected failure');
    expect(plain(r.problem)).to.deep.equal({
      path: 'ref',
      where: 'The ref attribute',
      message:
        '"NI 99" is not the ref of an indicator in the data: use one of its refs ("NI 59" or "LSP-HW2b(i) a")',
    });
    const r2 = pickRef({ rows: [] }, 'NI 59', '');
    if (!r2.ok) expect(r2.problem.message).to.contain('the data is one indicator, not several under "kpis"');
  });
});

describe('checkUrl(src, base)', () => {
  it('allows https, http and relative addresses', () => {
    expect(checkUrl('data/leeds.json', 'https://intranet.example/page/')).to.deep.equal({
      ok: true,
      url: 'https://intranet.example/page/data/leeds.json',
    });
    expect(checkUrl('http://x.example/a.csv', 'https://intranet.example/').ok).to.equal(true);
  });
  it('refuses javascript:, data: and file: before any fetch', () => {
    for (const src of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'data:application/json,{}',
      'file:///etc/passwd',
    ]) {
      const r = checkUrl(src, 'https://intranet.example/');
      expect(r.ok, src).to.equal(false);
    }
  });
});

describe('jsonErrorOffset(text)', () => {
  it('points at the first wrong character of invalid JSON', async () => {
    const { jsonErrorOffset } = await import('../../src/core/load/json-error.js');
    const cases: [string, number][] = [
      ['{"items": [1,]}', 13],
      ['{"a": 1,}', 8],
      ['{"a" 1}', 5],
      ['[1 2]', 3],
      ['{"a": tru}', 6],
      ['{} x', 3],
      ['{"a": "unterminated', 19],
      ['{,}', 1],
      ['['.repeat(5000), 5000],
    ];
    for (const [text, offset] of cases) {
      expect(jsonErrorOffset(text), text.slice(0, 30)).to.equal(offset);
    }
  });
});

describe('safeHref(href)', () => {
  it('keeps https, http and relative links', async () => {
    const { safeHref } = await import('../../src/core/links.js');
    for (const href of [
      'https://reports.ofsted.gov.uk/x',
      'http://x.example',
      '#p31',
      'report.pdf',
      '/files/a.pdf',
      '?page=2',
    ]) {
      expect(safeHref(href), href).to.equal(href);
    }
  });
  it('refuses javascript:, data: and other schemes in any disguise', async () => {
    const { safeHref } = await import('../../src/core/links.js');
    for (const href of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'java\nscript:alert(1)',
      'java\tscript:x',
      'data:text/html,<script>',
      'vbscript:x',
      'file:///c:/x',
      '',
      '   ',
    ]) {
      expect(safeHref(href), JSON.stringify(href)).to.equal(undefined);
    }
  });
});
