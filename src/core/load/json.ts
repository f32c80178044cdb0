/** Reading JSON text (docs/reference.md §3.2): errors name the line and column and say what was wrong. */
import { t } from '../i18n/index.js';
import { type Problem, said } from '../problems.js';
import { jsonErrorOffset } from './json-error.js';

/** Line and column (1-based) of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}

/**
 * Parses JSON, ignoring a byte-order mark. An error names the line and column and says what was wrong in
 * plain words (trailing commas and comments are common in hand-edited files).
 */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false; problem: Problem } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (error) {
    const raw = error instanceof Error ? error.message : String(error);
    const at = jsonErrorOffset(body);
    const where = lineColumn(body, at);
    const rest = body.slice(at);
    const prev = body.slice(0, at).trimEnd();
    const hint =
      /^\s*[}\]]/.test(rest) && prev.endsWith(',')
        ? 'json.trailingComma'
        : /^\s*\/[/*]/.test(rest)
          ? 'json.comments'
          : at >= body.trimEnd().length
            ? 'json.endsEarly'
            : undefined;
    const reason = raw
      .replace(/\s*in JSON at position \d+.*$/, '')
      .replace(/,\s*".*" is not valid JSON$/s, '')
      .replace(/^JSON\.parse: /, '');
    return {
      ok: false,
      problem: {
        path: `line ${where.line}, column ${where.column}`,
        ...said((l) =>
          t(l, 'json.invalid', { hint: hint ? t(l, hint) : t(l, 'json.checkHere', { reason }) }),
        ),
      },
    };
  }
}
