// The embed page's allow-list (demo/embed-origins.ts): which data it shows and which page it tells its height.
import { expect } from 'chai';
import { allowedOrigins, heightTargets, srcProblem } from '../../demo/embed-origins.js';

const SELF = 'https://intranet.example.gov.uk';
const PAGE = `${SELF}/files/inspection-kit/embed.html?widget=rag-matrix`;

describe('embed page: the sites it works with', () => {
  it('is its own site alone when the ik-allowed-origins line is empty', () => {
    expect(allowedOrigins('', SELF)).to.deep.equal({ origins: new Set([SELF]), problems: [] });
  });

  it('reads origins separated by spaces, commas or lines, a final slash allowed, in any case', () => {
    const { origins, problems } = allowedOrigins(
      ' https://Data.Example.gov.uk/,\n  http://localhost:8080  https://a.example ',
      SELF,
    );
    expect([...origins]).to.deep.equal([
      SELF,
      'https://data.example.gov.uk',
      'http://localhost:8080',
      'https://a.example',
    ]);
    expect(problems).to.deep.equal([]);
  });

  it('leaves out what is not a site alone (a path, no scheme, another scheme, a password), naming it', () => {
    const { origins, problems } = allowedOrigins(
      'https://a.example/files data.example.gov.uk javascript:alert(1) https://me:secret@b.example *',
      SELF,
    );
    expect([...origins]).to.deep.equal([SELF]);
    expect(problems.map((p) => /"([^"]*)"/.exec(p)?.[1])).to.deep.equal([
      'https://a.example/files',
      'data.example.gov.uk',
      'javascript:alert(1)',
      'https://me:…@b.example',
      '*',
    ]);
    expect(problems.join('\n')).to.not.contain('secret');
  });

  it('shows data from its own site and the listed ones only, and says where to allow another', () => {
    const origins = new Set([SELF, 'https://data.example.gov.uk']);
    expect(srcProblem('examples/leeds-report.json', PAGE, origins)).to.equal(undefined);
    expect(srcProblem('/data/x.csv', PAGE, origins)).to.equal(undefined);
    expect(srcProblem('https://data.example.gov.uk/x.json', PAGE, origins)).to.equal(undefined);
    expect(srcProblem('https://elsewhere.example/x.json', PAGE, origins)).to.equal(
      'In the embed address, src: "https://elsewhere.example/x.json" is on another site, https://elsewhere.example, and this embed page shows data only from its own site, https://intranet.example.gov.uk, and the sites in the ik-allowed-origins line of embed.html: put the file on this site, or add https://elsewhere.example to that line and upload embed.html again',
    );
    // A protocol-relative address is another site too.
    expect(srcProblem('//elsewhere.example/x.json', PAGE, origins)).to.contain('is on another site');
    // http on the page's own host is another origin.
    expect(srcProblem('http://intranet.example.gov.uk/x.json', PAGE, origins)).to.contain(
      'is on another site, http://intranet.example.gov.uk',
    );
  });

  it('tells its height to an allowed page around it only, never to "*"', () => {
    const origins = new Set([SELF, 'https://www.example.gov.uk']);
    expect(heightTargets(false, undefined, origins)).to.deep.equal([]);
    expect(heightTargets(true, SELF, origins)).to.deep.equal([SELF]);
    expect(heightTargets(true, 'https://www.example.gov.uk', origins)).to.deep.equal([
      'https://www.example.gov.uk',
    ]);
    expect(heightTargets(true, 'https://phish.example', origins)).to.deep.equal([]);
    // The browser does not say which page is around it: each allowed site by name, so only one of them can hear.
    expect(heightTargets(true, undefined, origins)).to.deep.equal([SELF, 'https://www.example.gov.uk']);
  });
});
