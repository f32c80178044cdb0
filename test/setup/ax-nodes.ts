/**
 * What a screen reader gets, as the widget tests read it: puppeteer's accessibility snapshot of the whole page
 * (Chromium's tree, through open shadow roots), flattened depth first. A fixture is alone on the page; a
 * snapshot rooted at a custom element is cut short by the snapshot's pruning. test/setup/speech.ts reads the
 * fuller tree (descriptions, live regions) for the pinned speech files.
 */
import { a11ySnapshot } from '@web/test-runner-commands';

/** One node of the snapshot ("interesting" nodes only). */
export interface AxNode {
  role: string;
  name: string;
  description?: string;
  roledescription?: string;
  focused?: boolean;
  expanded?: boolean;
  level?: number;
  children?: AxNode[];
}

/** A node and everything inside it, in reading order. */
export const flatten = (n: AxNode): AxNode[] => [n, ...(n.children ?? []).flatMap(flatten)];

/** Every node of the page's accessibility tree, in reading order. */
export async function axNodes(): Promise<AxNode[]> {
  return flatten((await a11ySnapshot({})) as unknown as AxNode);
}
