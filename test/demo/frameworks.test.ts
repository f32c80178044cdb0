/**
 * The React 19 and Vue 3 examples, bundled as an application would bundle them: objects reach the widgets as
 * properties (not "[object Object]" attributes), and ik-select reaches the framework's own handler.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { expectConsole } from '../setup/console-guard.js';

const report = (await (await fetch('/test/fixtures/leeds-report.json')).json()) as Record<string, unknown>;
const ready = (els: Element[]) =>
  waitUntil(
    () => els.length > 0 && els.every((e) => e.getAttribute('state') === 'ready'),
    'widgets never ready',
    {
      timeout: 10000,
    },
  );

describe('framework examples', () => {
  it('React 19 passes objects as properties and receives ik-select in its handler', async () => {
    const { mountReactExample } = (await import(
      /* @vite-ignore */ '/bundled/react-example.js' as string
    )) as {
      mountReactExample: (el: Element, report: unknown) => { unmount(): void };
    };
    const container = await fixture<HTMLElement>(html`<div></div>`);
    const root = mountReactExample(container, report);
    await waitUntil(() => container.querySelector('ik-judgement-grid'), 'React never rendered');
    const widgets = Array.from(container.querySelectorAll('ik-judgement-grid, ik-kpi-sparkline'));
    await ready(widgets);
    const grid = container.querySelector('ik-judgement-grid') as HTMLElement & { data: unknown };
    expect(grid.data).to.equal(report.inspection2010);
    expect(grid.hasAttribute('data')).to.equal(false);
    const cell = grid.shadowRoot!.querySelector<HTMLTableRowElement>('tr[data-r="0"]')!.cells[1]!;
    cell.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => container.querySelector('.chosen')!.textContent !== 'Nothing chosen yet');
    expect(container.querySelector('.chosen')!.textContent).to.equal(
      'You chose: Overall effectiveness, Safeguarding',
    );
    const spark = container.querySelector('ik-kpi-sparkline')!;
    spark.shadowRoot!.querySelector<HTMLElement>('[part="chart"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => container.querySelector('.chosen')!.textContent!.includes('LSP'));
    expect(container.querySelector('.chosen')!.textContent).to.equal('You chose: LSP-HW2b(i) a, 2009/10');
    root.unmount();
  });

  it('Vue 3 passes objects as properties and receives ik-select in its handler', async () => {
    // The React example's bundle, with its own copy of the kit, is on this page already: two bundles, two
    // copies. The second leaves the tags to the first and says so once (src/base/define.ts).
    expectConsole(/is loaded on a page that has the kit already/);
    const { mountVueExample } = (await import(/* @vite-ignore */ '/bundled/vue-example.js' as string)) as {
      mountVueExample: (el: Element, report: unknown) => { unmount(): void };
    };
    const container = await fixture<HTMLElement>(html`<div></div>`);
    const app = mountVueExample(container, report);
    await waitUntil(() => container.querySelector('ik-rag-matrix'), 'Vue never rendered');
    const widgets = Array.from(container.querySelectorAll('ik-rag-matrix, ik-deadline-timeline'));
    await ready(widgets);
    const matrix = container.querySelector('ik-rag-matrix') as HTMLElement & { data: unknown };
    expect(matrix.data).to.deep.equal(report.progress2009);
    expect(matrix.hasAttribute('data')).to.equal(false);
    const cell = matrix.shadowRoot!.querySelector<HTMLTableRowElement>('tr[data-r]:not(.group)')!.cells[1]!;
    cell.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => container.querySelector('.chosen')!.textContent !== 'Nothing chosen yet');
    expect(container.querySelector('.chosen')!.textContent).to.equal(
      'You chose: Reduce the proportion of young people who leave school with no qualifications, Executive Board 1st April 2009, Appendix 1',
    );
    const timeline = container.querySelector('ik-deadline-timeline')!;
    timeline.shadowRoot!.querySelector<HTMLElement>('ol [tabindex="0"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => container.querySelector('.chosen')!.textContent!.includes('due'));
    expect(container.querySelector('.chosen')!.textContent).to.match(/^You chose: .+, due 2010-01-06$/);
    app.unmount();
  });
});
