// Loaded under a strict Content-Security-Policy (see test/server/test-api.mjs): records every violation.
window.violations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
});
window.addEventListener('error', (e) => window.violations.push(`error ${e.message}`));
// `?bundle=dist`: the built single-file bundle that editors upload (scripts/check-bundle.mjs, after the build).
const entry =
  new URLSearchParams(location.search).get('bundle') === 'dist'
    ? '/dist/inspection-kit.js'
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
