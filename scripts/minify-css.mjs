// Whitespace and comments out of CSS text, nothing else: no rule, selector or value changes
// (test/base/minify-css.test.ts checks that the browser parses every style sheet of the kit to the same rules).
// Text inside quotes is kept as written. Used at build on the `css` template literals (scripts/build-plugins.mjs),
// one part at a time: `state` carries an open string or comment from one part to the next.

/** Characters a space next to which is never needed. */
const TIGHT = new Set(['{', '}', ';', ',']);

export function newCssState() {
  return { quote: '', comment: false, space: false, last: '' };
}

/**
 * The minified text of one part of a style sheet. `atEnd`: no part follows (a pending space is dropped). A part
 * boundary (a template literal's `${…}`) counts as text: a space before it is kept as one space.
 */
export function minifyCssPart(text, state = newCssState(), atEnd = true) {
  let out = '';
  const flushSpace = (next) => {
    if (state.space && state.last !== '' && !TIGHT.has(state.last) && !TIGHT.has(next)) out += ' ';
    state.space = false;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (state.comment) {
      if (c === '*' && text[i + 1] === '/') {
        state.comment = false;
        i++;
      }
      continue;
    }
    if (state.quote) {
      out += c;
      if (c === '\\' && i + 1 < text.length) out += text[++i];
      else if (c === state.quote) state.quote = '';
      state.last = c;
      continue;
    }
    if (c === '/' && text[i + 1] === '*') {
      state.comment = true;
      state.space = true;
      i++;
      continue;
    }
    if (/\s/.test(c)) {
      state.space = true;
      continue;
    }
    flushSpace(c);
    if (c === '"' || c === "'") state.quote = c;
    else if (c === '\\' && i + 1 < text.length) {
      out += c + text[++i];
      state.last = text[i];
      continue;
    }
    out += c;
    state.last = c;
  }
  if (!atEnd && state.space && state.last !== '' && !TIGHT.has(state.last)) {
    out += ' ';
    state.space = false;
  }
  // An expression follows: the next part starts after it, not after this part's last character.
  if (!atEnd) state.last = 'x';
  return out;
}

/** A whole style sheet's text, minified. */
export function minifyCss(text) {
  return minifyCssPart(text, newCssState(), true);
}
