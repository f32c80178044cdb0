import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect } from 'chai';

describe('the console guard (test/setup/console-guard.ts)', () => {
  it('fails a test that logs an undeclared warning, or declares one that never comes, and passes a declared one', function () {
    this.timeout(30000);
    const root = fileURLToPath(new URL('../..', import.meta.url));
    const run = spawnSync(
      process.execPath,
      [
        'node_modules/mocha/bin/mocha.js',
        '--import=tsx',
        '--reporter',
        'tap',
        'test/setup/console-guard.fixture.ts',
      ],
      { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
    );
    const out = run.stdout;
    expect(run.status, out + run.stderr).to.equal(2);
    expect(out).to.match(/^ok \d+ .*passes: declares the error it logs/m);
    expect(out).to.match(/^not ok \d+ .*fails: warns without declaring it/m);
    expect(out).to.contain('unexpected console.warn: an undeclared warning');
    expect(out).to.match(/^not ok \d+ .*fails: declares a warning that never comes/m);
    expect(out).to.contain('expected a console warning or error matching /never logged/; none came');
  });
});
