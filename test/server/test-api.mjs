import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';

// Routes the browser tests fetch from: slow, failing, hanging, HTML and oversized answers, with hit counts.
const hits = new Map();
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'";
/** The hardening issue's policy word for word: no Trusted Types policy at all, so not Lit's either. */
export const NO_POLICY_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types 'none'";

/** A response body as text (the dev server gives a string, a buffer or a stream). */
async function bodyText(body) {
  if (typeof body === 'string') return body;
  if (Buffer.isBuffer(body)) return body.toString('utf8');
  const chunks = [];
  for await (const chunk of body) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}

export async function testApi(ctx, next) {
  // `/csp/<path>`: any page of the project (a demo page, the embed page) under the strict CSP, with a recorder of
  // violations put first in its <head> (/test/csp/record.js, a file, as the policy allows no inline script).
  const strict = /^\/csp(\/.*)$/.exec(ctx.path);
  if (strict) {
    ctx.url = ctx.url.slice('/csp'.length);
    await next();
    if (ctx.response.is('html')) {
      const text = await bodyText(ctx.body);
      ctx.body = text.replace(/<head>/i, '<head><script src="/test/csp/record.js"></script>');
    }
    ctx.set('content-security-policy', STRICT_CSP);
    return;
  }
  // `/deployed/<origins>/demo/embed.html?…`: the embed page as a council deploys it, with its allow-list line
  // (ik-allowed-origins) set to the origins given (URI-encoded, separated by spaces).
  const deployed = /^\/deployed\/([^/]*)(\/.*)$/.exec(ctx.path);
  if (deployed) {
    ctx.url = ctx.url.slice(`/deployed/${deployed[1]}`.length);
    await next();
    if (ctx.response.is('html')) {
      const origins = decodeURIComponent(deployed[1]).replace(/[^\w:/. -]/g, '');
      const text = await bodyText(ctx.body);
      ctx.body = text.replace(
        /<meta name="ik-allowed-origins" content="[^"]*"/,
        `<meta name="ik-allowed-origins" content="${origins}"`,
      );
    }
    return;
  }
  // The strict-CSP page: no inline script or style, no eval, Trusted Types for scripts with only Lit's policy.
  if (ctx.path.startsWith('/test/csp/')) {
    await next();
    ctx.set('content-security-policy', ctx.query.policy === 'none' ? NO_POLICY_CSP : STRICT_CSP);
    return;
  }
  // Stories fetch `fixtures/…` as Storybook serves them; in tests they live in test/fixtures.
  if (ctx.path.startsWith('/fixtures/')) {
    ctx.url = `/test${ctx.url}`;
    return next();
  }
  if (!ctx.path.startsWith('/test-api/')) return next();
  const q = ctx.query;
  const key = ctx.path + (q.key ? `?${q.key}` : '');
  hits.set(key, (hits.get(key) ?? 0) + 1);
  if (ctx.path === '/test-api/hits') {
    ctx.body = JSON.stringify({ hits: hits.get(String(q.of)) ?? 0 });
    ctx.type = 'application/json';
    return;
  }
  // `cors=1`: readable from another origin (the embed page's allow-list tests fetch across origins).
  if (q.cors) ctx.set('access-control-allow-origin', '*');
  if (q.delay) await sleep(Number(q.delay));
  switch (ctx.path) {
    case '/test-api/json':
      ctx.type = 'application/json';
      ctx.body = q.body ?? '{}';
      return;
    case '/test-api/csv':
      ctx.type = q.type ?? 'text/csv';
      ctx.body = q.body ?? '';
      return;
    case '/test-api/excel': {
      // A file of test/fixtures/excel/ byte for byte (the static server reads text files as UTF-8).
      const name = String(q.file ?? '');
      if (!/^[\w.-]+$/.test(name)) break;
      ctx.type = q.type ?? 'text/csv';
      ctx.body = await readFile(new URL(`../fixtures/excel/${name}`, import.meta.url));
      return;
    }
    case '/test-api/data.csv':
      ctx.type = 'text/plain';
      ctx.body = q.body ?? '';
      return;
    case '/test-api/redirect': {
      // `to`: where the request is sent on (302, or `code`), as an intranet's file store or sign-in may.
      ctx.status = Number(q.code ?? 302);
      ctx.set('location', String(q.to ?? '/test-api/json'));
      ctx.body = '';
      return;
    }
    case '/test-api/status':
      ctx.status = Number(q.code ?? 500);
      ctx.body = 'failed';
      return;
    case '/test-api/html':
      ctx.type = q.type ?? 'text/html';
      ctx.body = '<!DOCTYPE html><html><body><form>Sign in</form></body></html>';
      return;
    case '/test-api/flaky': {
      // Fails the first time for a key, then answers.
      const n = hits.get(key);
      if (n === 1) {
        ctx.status = 503;
        ctx.body = 'busy';
        return;
      }
      ctx.type = 'application/json';
      ctx.body = q.body ?? '{}';
      return;
    }
    case '/test-api/trickle': {
      // Answers at once, then sends one byte every 100 ms for 10 s: only a timeout ends it early.
      ctx.type = 'application/json';
      let n = 0;
      ctx.body = new Readable({
        read() {
          setTimeout(() => this.push(n++ < 100 ? ' ' : null), 100);
        },
      });
      return;
    }
    case '/test-api/steady': {
      // A JSON file that keeps arriving: its body (default `{}`) padded with spaces, one space every `every` ms
      // (default 50) for `for` ms (default 3000), then the body. Only a timeout of length, not silence, ends it.
      ctx.type = 'application/json';
      const every = Number(q.every ?? 50);
      let left = Math.ceil(Number(q.for ?? 3000) / every);
      const body = q.body ?? '{}';
      ctx.body = new Readable({
        read() {
          setTimeout(
            () => {
              left--;
              this.push(left >= 0 ? ' ' : left === -1 ? body : null);
            },
            left > 0 ? every : 0,
          );
        },
      });
      return;
    }
    case '/test-api/stall': {
      // Answers at once and sends the start of a file, then nothing for 30 s: a connection gone silent.
      ctx.type = 'application/json';
      let sent = false;
      ctx.body = new Readable({
        read() {
          if (sent) return;
          sent = true;
          this.push('[1,');
          setTimeout(() => this.push(null), 30000);
        },
      });
      return;
    }
    case '/test-api/hang':
      await sleep(30000);
      ctx.body = '{}';
      return;
    case '/test-api/big': {
      ctx.type = 'application/json';
      ctx.body = `[${'0,'.repeat(Number(q.bytes ?? 1000) / 2)}0]`;
      return;
    }
    default:
      ctx.status = 404;
      ctx.body = 'not found';
  }
}
