/**
 * React 19 composing the widgets: objects go in as properties (React 19 sets a custom element's property when
 * it has one), and `onik-select` listens for the kit's event.
 */
import { type ReactElement, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import '../../src/define.js';

interface Report {
  inspection2010: unknown;
  indicators: { kpis: { ref: string; title?: string }[] };
}

type SelectEvent = CustomEvent<{
  row: { label?: string; ref?: string };
  column?: { label: string } | null;
  period?: string;
}>;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'ik-judgement-grid': { data?: unknown; compare?: boolean; 'onik-select'?: (e: SelectEvent) => void };
      // No `ref` here: React keeps that prop for itself, so give a sparkline its indicator as `data`.
      'ik-kpi-sparkline': { data?: unknown; variant?: string; 'onik-select'?: (e: SelectEvent) => void };
    }
  }
}

function Dashboard({ report }: { report: Report }): ReactElement {
  const [chosen, setChosen] = useState('Nothing chosen yet');
  const onSelect = (e: SelectEvent) => {
    const d = e.detail;
    setChosen(
      `You chose: ${d.row.label ?? d.row.ref ?? ''}${d.column ? `, ${d.column.label}` : ''}${d.period ? `, ${d.period}` : ''}`,
    );
  };
  return (
    <div>
      <p role="status" className="chosen">
        {chosen}
      </p>
      <ik-judgement-grid data={report.inspection2010} onik-select={onSelect} />
      <table>
        <tbody>
          {report.indicators.kpis.slice(0, 4).map((k) => (
            <tr key={k.ref}>
              <th scope="row">{k.ref}</th>
              <td>
                <ik-kpi-sparkline data={k} onik-select={onSelect} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Mounts the example dashboard; returns the React root (for tests and the demo page). */
export function mountReactExample(container: Element, report: Report): Root {
  const root = createRoot(container);
  root.render(<Dashboard report={report} />);
  return root;
}
