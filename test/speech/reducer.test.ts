/** The reducer of test/setup/speech.ts on trees written by hand: what it keeps, drops and flags. */
import { expect } from '@open-wc/testing';
import { type AxNode, lineDiff, reduce, repeatedSpeech, speechLines } from '../setup/speech.js';

const ax = (role: string, extra: Partial<AxNode> = {}, children: AxNode[] = []): AxNode => ({
  role,
  name: '',
  description: '',
  value: '',
  props: {},
  children,
  ...extra,
});
const text = (name: string) =>
  ax('StaticText', { name, nameFrom: 'contents' }, [ax('InlineTextBox', { name })]);

describe('speech reducer', () => {
  it('keeps role, name, value, description and spoken states; drops focus, wrappers and text said as a name', () => {
    const tree = ax('generic', {}, [
      ax('Ignored', {}, [
        ax('heading', { name: 'Leeds', nameFrom: 'contents', props: { level: 2 } }, [text('Leeds')]),
      ]),
      ax(
        'button',
        {
          name: 'Quality of Provision',
          nameFrom: 'contents',
          description: 'Three rows',
          props: { expanded: true, focused: true, focusable: true },
        },
        [text('Quality of Provision')],
      ),
      ax('button', { name: 'Grey (2)', nameFrom: 'contents', props: { pressed: 'true' } }, [
        text('Grey (2)'),
      ]),
      ax('generic', { props: { live: 'polite', atomic: true } }, [text('Showing 1 of 23 items')]),
      ax('textbox', { name: 'As of', value: '2010-02-12', props: { disabled: true, required: true } }),
      ax('row', { name: 'A B', nameFrom: 'contents' }, [
        ax('rowheader', { name: 'A', nameFrom: 'contents' }, [text('A')]),
      ]),
    ]);
    expect(speechLines(reduce(tree))).to.deep.equal([
      'heading "Leeds" level=2',
      'button "Quality of Provision" described by "Three rows" [expanded]',
      'button "Grey (2)" [pressed]',
      'generic [atomic] live=polite',
      '  text "Showing 1 of 23 items"',
      'textbox "As of" = "2010-02-12" [disabled] [required]',
      'row',
      '  row header "A"',
    ]);
  });

  it('flags a description that repeats the name, a doubled name, a label said again, and text said twice', () => {
    const nodes = reduce(
      ax('generic', {}, [
        ax('table', { name: 'Caption', nameFrom: 'related', description: 'Caption' }),
        ax('rowheader', { name: 'Collapse Quality of Provision Quality of Provision', nameFrom: 'contents' }),
        ax('image', { name: 'NI 59', nameFrom: 'aria-label' }, [ax('tooltip', { name: 'NI 59' })]),
        ax('paragraph', {}, [text('Due'), ax('generic', {}, [text('Due')])]),
        ax('cell', { name: 'Good', nameFrom: 'contents' }, [
          ax('button', { name: 'Good', nameFrom: 'contents' }),
        ]),
      ]),
    );
    expect(repeatedSpeech(nodes)).to.deep.equal([
      'table "Caption": the description repeats the name',
      'row header "Collapse Quality of Provision Quality of Provision": the name says "Quality of Provision" twice',
      'image "NI 59": its tooltip says the name again',
      'paragraph > text "Due": said twice in a row',
    ]);
  });

  it('writes a line diff with the pinned lines as - and the heard ones as +', () => {
    expect(lineDiff(['a', 'b', 'c'], ['a', 'B', 'c'])).to.equal('  a\n- b\n+ B\n  c');
  });
});
