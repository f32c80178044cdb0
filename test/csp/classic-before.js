// Runs before the bundle on test/csp/classic.html: the page's own global functions, named as minified code
// names things at its top level, and the window's own keys before the bundle runs.
window.violations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
});
window.addEventListener('error', (e) => window.violations.push(`error ${e.message}`));
function t() {
  return 'the page’s own t()';
}
function e() {
  return 'the page’s own e()';
}
window.pageFunctions = { t, e };
window.keysBefore = Object.getOwnPropertyNames(window);
