/**
 * Finds where JSON text first goes wrong, for error messages: V8's own message gives a position for some
 * errors and not for others (a trailing comma reports only the token). A small scanner, iterative so that
 * deeply nested input cannot overflow the stack. Only called after `JSON.parse` has failed.
 */
const WS = new Set([' ', '\t', '\n', '\r']);
const LITERAL = /^(?:true|false|null)/;
const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/;

export function jsonErrorOffset(text: string): number {
  let i = 0;
  const skip = () => {
    while (i < text.length && WS.has(text[i]!)) i++;
  };
  // Each frame: what the container expects next.
  type Expect = 'value' | 'key' | 'colon' | 'comma-or-end';
  const stack: { kind: '{' | '['; expect: Expect }[] = [];
  let expect: Expect = 'value';
  for (;;) {
    skip();
    if (i >= text.length) return i;
    const c = text[i]!;
    const top = stack[stack.length - 1];
    if (expect === 'key') {
      if (c === '}' && top && top.kind === '{' && text.slice(0, i).trimEnd().endsWith('{')) {
        i++;
        stack.pop();
        expect = 'comma-or-end';
        if (stack.length === 0) return endCheck();
        continue;
      }
      if (c !== '"') return i;
      const end = stringEnd(i);
      if (end < 0) return text.length;
      i = end;
      expect = 'colon';
      continue;
    }
    if (expect === 'colon') {
      if (c !== ':') return i;
      i++;
      expect = 'value';
      continue;
    }
    if (expect === 'comma-or-end') {
      if (!top) return i;
      if (c === ',') {
        i++;
        expect = top.kind === '{' ? 'key' : 'value';
        continue;
      }
      if ((c === '}' && top.kind === '{') || (c === ']' && top.kind === '[')) {
        i++;
        stack.pop();
        if (stack.length === 0) return endCheck();
        continue;
      }
      return i;
    }
    // expect a value
    if (c === '{') {
      stack.push({ kind: '{', expect: 'key' });
      i++;
      expect = 'key';
      continue;
    }
    if (c === '[') {
      stack.push({ kind: '[', expect: 'value' });
      i++;
      skip();
      if (text[i] === ']') {
        i++;
        stack.pop();
        expect = 'comma-or-end';
        if (stack.length === 0) return endCheck();
      }
      continue;
    }
    let end = -1;
    if (c === '"') end = stringEnd(i);
    else {
      const m = LITERAL.exec(text.slice(i, i + 5)) ?? NUMBER.exec(text.slice(i, i + 400));
      if (m) end = i + m[0].length;
      else return i;
    }
    if (end < 0) return text.length;
    i = end;
    expect = 'comma-or-end';
    if (stack.length === 0) return endCheck();
  }

  function endCheck(): number {
    skip();
    return i;
  }

  function stringEnd(start: number): number {
    for (let j = start + 1; j < text.length; j++) {
      const ch = text[j]!;
      if (ch === '\\') j++;
      else if (ch === '"') return j + 1;
      else if (ch < ' ') return -1;
    }
    return -1;
  }
}
