// Loaded under a strict Content-Security-Policy (see test/server/test-api.mjs): records every violation.
window.violations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
});
window.addEventListener('error', (e) => window.violations.push(`error ${e.message}`));
import('/src/define.ts').then(
  () => {
    window.loaded = true;
    window.settled = true;
  },
  (e) => {
    window.violations.push(`import ${e}`);
    window.settled = true;
  },
);
