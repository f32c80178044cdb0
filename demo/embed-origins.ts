/**
 * Which sites the embed page works with (demo/embed.ts): its own, and those listed where it is deployed, in
 * `<meta name="ik-allowed-origins" content="https://data.example.gov.uk …">` in embed.html. It shows data
 * files only from those sites, and tells its height only to a page around it on one of them.
 */
import { checkUrl, withoutPassword } from '../src/core/load/url.js';

/** The name of the meta tag in embed.html that lists the other sites the page works with. */
export const ALLOWED_ORIGINS_META = 'ik-allowed-origins';

/**
 * The page's own origin and each origin in the meta tag's content (separated by spaces or commas); anything
 * that is not an http(s) site's address alone is left out, with a problem naming it.
 */
export function allowedOrigins(listed: string, self: string): { origins: Set<string>; problems: string[] } {
  const origins = new Set([self]);
  const problems: string[] = [];
  for (const word of listed.split(/[\s,]+/).filter(Boolean)) {
    let origin: string | undefined;
    try {
      const url = new URL(word);
      const bare = word.replace(/\/$/, '').toLowerCase() === url.origin.toLowerCase();
      if ((url.protocol === 'https:' || url.protocol === 'http:') && bare) origin = url.origin;
    } catch {
      origin = undefined;
    }
    if (origin) origins.add(origin);
    else
      problems.push(
        `In embed.html, the ${ALLOWED_ORIGINS_META} line: "${withoutPassword(word)}" is not a site's address: write each site as https:// and its name only, like https://data.example.gov.uk, with no path`,
      );
  }
  return { origins, problems };
}

/** What is wrong with the embed address's `src`, or undefined when the page may fetch and show it. */
export function srcProblem(
  src: string | null,
  page: string,
  origins: ReadonlySet<string>,
): string | undefined {
  if (!src) return 'In the embed address, src: is missing: give the address of a JSON or CSV file';
  const checked = checkUrl(src, page);
  if (!checked.ok) return `In the embed address, src: ${checked.message}`;
  const origin = new URL(checked.url).origin;
  if (origins.has(origin)) return undefined;
  return refusal(`"${withoutPassword(src)}" is on another site, ${origin}`, origin, page);
}

/**
 * What is wrong with the address a fetch of `src` ended at, when its server sent the request on (a redirect)
 * to `final`: the same refusal as for a `src` on that site, or undefined when the site is allowed.
 */
export function redirectProblem(
  src: string,
  final: string,
  page: string,
  origins: ReadonlySet<string>,
): string | undefined {
  let origin: string;
  try {
    origin = new URL(final).origin;
  } catch {
    origin = 'null';
  }
  if (origins.has(origin)) return undefined;
  return refusal(
    `"${withoutPassword(src)}" is sent on by its server to another site, ${origin} (${withoutPassword(final)})`,
    origin,
    page,
  );
}

function refusal(what: string, origin: string, page: string): string {
  const self = new URL(page).origin;
  return `In the embed address, src: ${what}, and this embed page shows data only from its own site, ${self}, and the sites in the ${ALLOWED_ORIGINS_META} line of embed.html: put the file on this site, or add ${origin} to that line and upload embed.html again`;
}

/**
 * Where the height messages go: to the page around the frame when the browser says which site it is on and
 * that site is allowed; to no page when it is not allowed; and when the browser does not say, to each allowed
 * site (it delivers a message only to a page on the site named, so at most one gets it). Never to `"*"`.
 */
export function heightTargets(
  framed: boolean,
  parent: string | undefined,
  origins: ReadonlySet<string>,
): string[] {
  if (!framed) return [];
  if (parent === undefined) return [...origins];
  return origins.has(parent) ? [parent] : [];
}
