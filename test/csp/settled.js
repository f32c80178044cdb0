// Runs after the scripts before it on a test/csp/ page: they have all loaded (or failed).
window.settled = true;
