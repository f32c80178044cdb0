// Loaded under a strict Content-Security-Policy (see test/server/test-api.mjs): records every violation.
window.violations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
});
window.addEventListener('error', (e) => window.violations.push(`error ${e.message}`));
// `?bundle=dist`: the built single-file bundle that editors upload (scripts/check-bundle.mjs, after the build);
// `?bundle=english`: the same, British English only (dist/inspection-kit-en.js);
// `?bundle=loader`: the built lazy loader, which imports each widget's code as its tag is seen.
const bundle =
  new URLSearchParams(location.search).get('bundle') ?? new URL(import.meta.url).searchParams.get('bundle');
// `&lang=cy`: the page in Welsh from the start; the RAG matrix's corner word as its first drawing has it (its
// first ik-load), which must already be Welsh where the lazy loader fetches the Welsh words.
const lang = new URLSearchParams(location.search).get('lang');
if (lang) document.documentElement.lang = lang;
document.getElementById('json')?.addEventListener(
  'ik-load',
  (e) => {
    window.firstCorner = e.target.shadowRoot?.querySelector('.corner')?.textContent?.trim();
  },
  { once: true },
);
const entry =
  bundle === 'dist'
    ? '/dist/inspection-kit.js'
    : bundle === 'english'
      ? '/dist/inspection-kit-en.js'
      : bundle === 'loader'
        ? '/dist/inspection-kit-loader.js'
        : '/src/define.ts';
import(entry).then(
  () => {
    window.loaded = true;
    window.settled = true;
  },
  (e) => {
    window.violations.push(`import ${e}`);
    window.settled = true;
  },
);
