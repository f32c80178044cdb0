/**
 * Every Storybook story, rendered as Storybook renders it and checked with axe once it has settled: the
 * stories are the designers' catalogue, so none may carry an accessibility violation.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { clearFetchCache } from '../src/core/load/shared.js';
import * as timeline from '../stories/deadline-timeline.stories.js';
import * as grid from '../stories/judgement-grid.stories.js';
import * as spark from '../stories/kpi-sparkline.stories.js';
import * as rag from '../stories/rag-matrix.stories.js';

type Render = (args: Record<string, unknown>) => TemplateResult;
interface StoryModule {
  default: { title: string; render?: Render; args?: Record<string, unknown> };
  [name: string]: unknown;
}

afterEach(() => clearFetchCache());

for (const mod of [grid, rag, spark, timeline] as unknown as StoryModule[]) {
  describe(`stories: ${mod.default.title}`, function () {
    // axe on a 152 × 24 grid takes seconds on a slow machine.
    this.timeout(60000);
    for (const [name, story] of Object.entries(mod)) {
      if (name === 'default') continue;
      const s = story as { render?: Render; args?: Record<string, unknown> };
      it(`${name} renders without accessibility violations`, async () => {
        const render = s.render ?? mod.default.render!;
        const el = await fixture<HTMLElement>(render({ ...mod.default.args, ...s.args }));
        const widgets = [el, ...el.querySelectorAll('*')].filter((e) => e.localName.startsWith('ik-'));
        expect(widgets.length).to.be.greaterThan(0);
        await waitUntil(
          () => widgets.every((w) => w.getAttribute('state') !== 'loading'),
          'a widget never loaded',
          {
            timeout: 5000,
          },
        );
        // Every part drawn (a long grid is drawn in parts), so axe checks all of it.
        await Promise.all(
          widgets.map((w) => (w as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete),
        );
        await expect(el).to.be.accessible();
      });
    }
  });
}
