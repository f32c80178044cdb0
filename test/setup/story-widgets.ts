import { expect, waitUntil } from '@open-wc/testing';

/**
 * The kit's widgets in a drawn story, once each has loaded (unless the story shows the loading state) and
 * drawn every part (a long grid is drawn in parts), so that what is checked is all of it.
 */
export async function storyWidgets(root: HTMLElement, { loading = false } = {}): Promise<HTMLElement[]> {
  const widgets = [root, ...root.querySelectorAll<HTMLElement>('*')].filter((e) =>
    e.localName.startsWith('ik-'),
  );
  expect(widgets.length).to.be.greaterThan(0);
  if (!loading)
    await waitUntil(
      () => widgets.every((w) => w.getAttribute('state') !== 'loading'),
      'a widget never loaded',
      {
        timeout: 5000,
      },
    );
  await Promise.all(
    widgets.map((w) => (w as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete),
  );
  return widgets;
}
