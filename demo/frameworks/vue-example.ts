/**
 * Vue 3 composing the widgets with render functions: `.data` sets the property (not an attribute) and
 * `onIkSelect` listens for the kit's `ik-select` event.
 */
import { type App, createApp, defineComponent, h, ref } from 'vue';
import '../../src/define.js';

interface Report {
  progress2009: unknown;
  actions2010: unknown;
}

type SelectEvent = CustomEvent<{
  row: { label?: string; title?: string };
  column?: { label: string } | null;
  due?: string | null;
}>;

/** Mounts the example dashboard; returns the Vue app (for tests and the demo page). */
export function mountVueExample(container: Element, report: Report): App {
  const Dashboard = defineComponent({
    setup() {
      const chosen = ref('Nothing chosen yet');
      const onIkSelect = (e: SelectEvent) => {
        const d = e.detail;
        chosen.value = `You chose: ${d.row.label ?? d.row.title ?? ''}${d.column ? `, ${d.column.label}` : ''}${d.due ? `, due ${d.due}` : ''}`;
      };
      return () =>
        h('div', [
          h('p', { role: 'status', class: 'chosen' }, chosen.value),
          h('ik-rag-matrix', { '.data': report.progress2009, onIkSelect }),
          h('ik-deadline-timeline', { '.data': report.actions2010, 'as-of': '2010-02-12', onIkSelect }),
        ]);
    },
  });
  const app = createApp(Dashboard);
  app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('ik-');
  app.mount(container);
  return app;
}
