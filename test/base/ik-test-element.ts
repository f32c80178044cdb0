/**
 * A small widget used only to drive the base element in tests: a list of labelled numbers. It is built exactly
 * as the real widgets are (shape, pure build, render), so the lifecycle is tested without faking a widget.
 */
import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Shape } from '../../src/base/ik-element.js';
import { BASE_OPTIONS, type Built, IkElement, type ViewBase } from '../../src/base/ik-element.js';
import { type OptionsOf, option } from '../../src/base/options.js';
import { cellAt, headerIndex, place } from '../../src/core/csv.js';
import { joinIndex, joinKey, type Problem } from '../../src/core/problems.js';
import { array, type Infer, number, object, optional, sourcePath, string } from '../../src/core/schema.js';

const item = object({ label: string(), value: number() });
const list = object({ title: optional(string()), items: array(item), limit: optional(number()) });
type ListData = Infer<typeof list>;

interface Model {
  title: string;
  items: { label: string; text: string }[];
}

const shape: Shape<ListData> = {
  schema: list,
  fromSheet(sheet) {
    const find = headerIndex(sheet.header);
    const origins = new Map<string, string>();
    const items = sheet.rows.map((r, i) => {
      origins.set(joinIndex('items', i), place(sheet, r.row));
      return { label: cellAt(r, find('label')), value: cellAt(r, find('value')) };
    });
    return { value: { items }, origins, problems: [] };
  },
};

const TEST_OPTIONS = {
  ...BASE_OPTIONS,
  max: option('max', number(), Number.POSITIVE_INFINITY, 'layout'),
};

interface View extends ViewBase {
  model: Model;
}

export class IkTestElement extends IkElement<ListData, Model, View, OptionsOf<typeof TEST_OPTIONS>> {
  static override optionSpecs = TEST_OPTIONS;

  /** Values above this are reported in place (to test build problems). */
  @property({ type: Number }) max = Number.POSITIVE_INFINITY;

  protected get shape() {
    return shape;
  }

  protected build(input: ListData, _path: string, options: OptionsOf<typeof TEST_OPTIONS>): Built<Model> {
    const problems: Problem[] = [];
    const items = input.items.map((it) => {
      if (it.value > options.max) {
        problems.push({
          path: joinKey(sourcePath(it), 'value'),
          message: `${it.value} is above ${options.max}`,
        });
        return { label: it.label, text: 'not valid' };
      }
      return { label: it.label, text: String(it.value) };
    });
    return { model: { title: input.title ?? 'List', items }, problems, empty: items.length === 0 };
  }

  protected view(model: Model): View {
    return { model };
  }

  /** Makes drawing throw (to test that the base turns it into a problem). */
  @property({ attribute: false }) failDrawing = false;

  protected renderView({ model }: View): TemplateResult {
    if (this.failDrawing) throw new Error('drawing failed');
    return html`<section part="base">
      <h2>${model.title}</h2>
      <ul>
        ${model.items.map((it) => html`<li><span class="label">${it.label}</span> <span class="value">${it.text}</span></li>`)}
      </ul>
    </section>`;
  }
}

customElements.define('ik-test-element', IkTestElement);

declare global {
  interface HTMLElementTagNameMap {
    'ik-test-element': IkTestElement;
  }
}
