/**
 * The playground's Settings box, read the way an editor types it: `name="value"`, `name='value'`,
 * `name=value` (no spaces in the value), Word's curly quotes (“value”, ‘value’, „value“) and bare names
 * (`compare`). A quote only closes where a space or the end follows it, so `title=‘Children’s services’`
 * keeps its apostrophe. What cannot be read is said, in words, with the fix.
 */

export interface ReadSettings {
  settings: [string, string][];
  problems: string[];
}

const DOUBLE = '"“”„«»';
const SINGLE = "'‘’‚";
const NAME = /^[a-z][a-z0-9-]*/i;

function quoteFamily(ch: string): string | null {
  if (DOUBLE.includes(ch)) return DOUBLE;
  if (SINGLE.includes(ch)) return SINGLE;
  return null;
}

export function readSettings(text: string): ReadSettings {
  const settings: [string, string][] = [];
  const problems: string[] = [];
  let i = 0;
  // The last value read without quotes, for a hint when the next word looks like the rest of it.
  let unquoted: string | null = null;
  const isSpace = (ch: string | undefined) => ch === undefined || /\s/.test(ch);
  while (i < text.length) {
    if (isSpace(text[i])) {
      i++;
      continue;
    }
    const name = NAME.exec(text.slice(i))?.[0];
    if (!name) {
      let end = i;
      while (end < text.length && !isSpace(text[end])) end++;
      const word = text.slice(i, end);
      problems.push(
        unquoted
          ? `“${word}” is not a setting: if it belongs to the value before it, put the whole value in quotes, like ${unquoted}="… ${word}".`
          : `“${word}” is not a setting: write each setting as a name, an equals sign and a value, like ref="NI 59".`,
      );
      unquoted = null;
      i = end;
      continue;
    }
    i += name.length;
    let j = i;
    while (j < text.length && /[ \t]/.test(text[j]!)) j++;
    if (text[j] !== '=') {
      if (!isSpace(text[i])) {
        let end = i;
        while (end < text.length && !isSpace(text[end])) end++;
        problems.push(
          `“${name}${text.slice(i, end)}”: a setting's name is letters, digits and hyphens, then an equals sign and its value.`,
        );
        i = end;
        continue;
      }
      settings.push([name.toLowerCase(), '']);
      unquoted = null;
      continue;
    }
    j++;
    const afterEquals = j;
    while (j < text.length && /[ \t]/.test(text[j]!)) j++;
    // `ref= variant=card`: the next setting, not ref's value.
    if ((j > afterEquals && /^[a-z][a-z0-9-]*\s*=/i.test(text.slice(j))) || j === text.length) {
      problems.push(`${name}= has no value: write it after the equals sign, like ${name}="…".`);
      unquoted = null;
      i = j;
      continue;
    }
    const open = text[j];
    const family = open === undefined ? null : quoteFamily(open);
    if (family) {
      let close = -1;
      for (let k = j + 1; k < text.length; k++) {
        if (family.includes(text[k]!) && isSpace(text[k + 1])) {
          close = k;
          break;
        }
      }
      if (close < 0) {
        problems.push(
          `The value of ${name} starts with a quote that is never closed: add the closing quote, like ${name}="…".`,
        );
        i = text.length;
        continue;
      }
      settings.push([name.toLowerCase(), text.slice(j + 1, close)]);
      unquoted = null;
      i = close + 1;
      continue;
    }
    let end = j;
    while (end < text.length && !isSpace(text[end])) end++;
    settings.push([name.toLowerCase(), text.slice(j, end)]);
    unquoted = name;
    i = end;
  }
  const kept = settings.filter(([name]) => {
    if (name.startsWith('on') || name === 'style') {
      problems.push(`${name} is left out: the playground writes no scripts or styles into the tag.`);
      return false;
    }
    return true;
  });
  // The same setting twice: a browser keeps the first, so say which is used.
  const seen = new Set<string>();
  const unique = kept.filter(([name]) => {
    if (!seen.has(name)) return seen.add(name);
    problems.push(`${name} is given twice: the first one is used.`);
    return false;
  });
  return { settings: unique, problems };
}
