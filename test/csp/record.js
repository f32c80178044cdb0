// Put first in a page served under the strict CSP at /csp/… (test/server/test-api.mjs): records every
// violation and uncaught error, for the test that opened the page.
window.violations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
});
window.addEventListener('error', (e) => window.violations.push(`error ${e.message}`));
