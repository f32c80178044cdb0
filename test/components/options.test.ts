import { expect, html } from '@open-wc/testing';
import type { IkElement } from '../../src/base/ik-element.js';
import { drawn, leeds, problemPaths, problems, text } from '../base/speech.js';

describe('attributes are read like data', () => {
  it('names a wrong variant, says the default is used, and draws the inline form', async () => {
    const el = await drawn(
      html`<ik-kpi-sparkline variant="cards" .data=${(leeds.indicators as { kpis: unknown[] }).kpis[0]}></ik-kpi-sparkline>`,
    );
    expect(el.getAttribute('state')).to.equal('ready');
    expect(problems(el)).to.deep.equal([
      'The variant attribute: "cards" is not a word this takes (did you mean "card"?): use inline or card. Until then, the default, inline, is used',
    ]);
    expect(problemPaths(el)).to.deep.equal(['']);
    expect(text(el.shadowRoot!.querySelector('.problems-heading'))).to.equal(
      'A setting of this tag is not valid, so the default is used; the data is shown',
    );
    expect(el.shadowRoot!.querySelector('.inline')).to.not.equal(null);
    expect(el.shadowRoot!.querySelector('.card')).to.equal(null);
  });

  it('is empty, not in error, for empty data with a wrong setting', async () => {
    const el = await drawn(
      html`<ik-kpi-sparkline variant="cards" .data=${{ series: [] }}></ik-kpi-sparkline>`,
    );
    expect(el.getAttribute('state')).to.equal('empty');
  });

  it('reads a variant in any case, with no problem', async () => {
    const el = await drawn(
      html`<ik-kpi-sparkline variant=" Card " .data=${(leeds.indicators as { kpis: unknown[] }).kpis[0]}></ik-kpi-sparkline>`,
    );
    expect(problems(el)).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('.card')).to.not.equal(null);
  });

  it('names a wrong format and reads the inline data as JSON', async () => {
    const el = await drawn(html`<ik-rag-matrix format="jsn">
      <script type="application/json">
        { "columns": [{ "id": "q1", "label": "Q1" }], "rows": [{ "label": "A", "cells": { "q1": "green" } }] }
      </script>
    </ik-rag-matrix>`);
    expect(el.getAttribute('state')).to.equal('ready');
    expect(problems(el)).to.deep.equal([
      'The format attribute: "jsn" is not a word this takes (did you mean "json"?): use json or csv. Until then, it is ignored',
    ]);
  });

  it('names a wrong group-by and lanes by theme', async () => {
    const el = await drawn(
      html`<ik-deadline-timeline group-by="owner" as-of="2010-05-11" .data=${leeds.actions2010}></ik-deadline-timeline>`,
    );
    expect(el.getAttribute('state')).to.equal('ready');
    expect(problems(el)).to.deep.equal([
      'The group-by attribute: "owner" is not a word this takes: use theme or timescale. Until then, the default, theme, is used',
    ]);
  });

  it('fires ik-error for a wrong attribute, with the attribute as the path', async () => {
    const el = document.createElement('ik-judgement-grid');
    el.setAttribute('scale', 'ofsted-9');
    const errors = new Promise<CustomEvent>((resolve) =>
      el.addEventListener('ik-error', (e) => resolve(e as CustomEvent), { once: true }),
    );
    el.data = leeds.inspection2010;
    document.body.append(el);
    const event = await errors;
    expect(event.detail.errors[0]).to.deep.equal({
      path: 'scale',
      where: 'The scale attribute',
      message: `"ofsted-9" is not a word this takes (did you mean "ofsted-4"?): use ofsted-4, ofsted-ri, ofsted-report-card, ofsted-safeguarding, care-inspectorate-6, ciw, cqc-4, progress-4 or narrative. Until then, the data's scale is used`,
    });
    el.remove();
  });

  it('fires ik-error, and not ik-load, when an attribute is put wrong after the data was drawn', async () => {
    const el = await drawn<HTMLElement>(
      html`<ik-kpi-sparkline .data=${(leeds.indicators as { kpis: unknown[] }).kpis[0]}></ik-kpi-sparkline>`,
    );
    let loads = 0;
    const errors: unknown[] = [];
    el.addEventListener('ik-load', () => loads++);
    el.addEventListener('ik-error', (e) => errors.push((e as CustomEvent).detail.errors));
    el.setAttribute('variant', 'big');
    await (el as unknown as IkElement<object, unknown>).updateComplete;
    expect(loads).to.equal(0);
    expect(errors).to.deep.equal([
      [
        {
          path: 'variant',
          where: 'The variant attribute',
          message:
            '"big" is not a word this takes: use inline or card. Until then, the default, inline, is used',
        },
      ],
    ]);
  });

  it('clears the problem when the attribute is put right, without reading the data again', async () => {
    const el = await drawn<HTMLElement>(
      html`<ik-kpi-sparkline variant="cards" .data=${(leeds.indicators as { kpis: unknown[] }).kpis[0]}></ik-kpi-sparkline>`,
    );
    let loads = 0;
    el.addEventListener('ik-load', () => loads++);
    el.setAttribute('variant', 'card');
    await (el as unknown as IkElement<object, unknown>).updateComplete;
    expect(problems(el)).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('.card')).to.not.equal(null);
    expect(loads).to.equal(0);
  });
});
