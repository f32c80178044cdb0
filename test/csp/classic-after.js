// Runs after the bundle on test/csp/classic.html: which globals the bundle added or changed.
const before = new Set(window.keysBefore);
window.keysAdded = Object.getOwnPropertyNames(window).filter(
  (k) => !before.has(k) && k !== 'keysBefore' && k !== 'keysAdded',
);
window.overwritten = Object.entries(window.pageFunctions)
  .filter(([name, f]) => window[name] !== f)
  .map(([name]) => name);
window.settled = true;
