/**
 * A commit's web page from the repository's `origin` URL, for the four hosts whose
 * commit pages have a known address: GitHub, GitLab, Bitbucket and Azure DevOps, in
 * their SSH and HTTPS forms. Anything else has no page, and the short hash is shown.
 * Every path segment is checked against a narrow alphabet, so a hostile remote URL can
 * never put a scheme, a query or markup into a link.
 */

/** A repository's web address and where a commit's page hangs off it. */
export interface CommitLinks {
  /** e.g. `https://github.com/me/platform`. */
  base: string;
  /** What goes between the base and the hash: `/commit/`, `/-/commit/`, `/commits/`. */
  commitPath: string;
}

const SEGMENT = /^[A-Za-z0-9._~-]+$/;
const HASH = /^[0-9a-f]{40}([0-9a-f]{24})?$/;

/** `host` and the path's segments of a remote URL (scp-like `git@host:path`, `ssh://`, `https://`). */
function hostAndPath(remote: string): { host: string; segments: string[] } | undefined {
  const text = remote.trim();
  let host: string;
  let rest: string;
  const url = /^(?:ssh|https?|git\+ssh):\/\/(?:[^@/]+@)?([^/:]+)(?::\d+)?\/(.*)$/i.exec(text);
  const scp = /^(?:[^@/:]+@)?([^/:]+):(?!\/\/)(.*)$/.exec(text);
  if (url) [host, rest] = [url[1] ?? '', url[2] ?? ''];
  else if (scp) [host, rest] = [scp[1] ?? '', scp[2] ?? ''];
  else return undefined;
  const segments = rest.replace(/\/+$/, '').replace(/\.git$/i, '').split('/');
  if (segments.some((s) => !SEGMENT.test(s) || s === '.' || s === '..')) return undefined;
  return { host: host.toLowerCase(), segments };
}

/** Where commits of the repository whose `origin` is `remote` have their pages, or undefined. */
export function commitLinksOf(remote: string | undefined): CommitLinks | undefined {
  if (!remote) return undefined;
  const parsed = hostAndPath(remote);
  if (!parsed) return undefined;
  const { host, segments: s } = parsed;
  if (host === 'github.com' && s.length === 2) return { base: `https://github.com/${s.join('/')}`, commitPath: '/commit/' };
  if (host === 'gitlab.com' && s.length >= 2) return { base: `https://gitlab.com/${s.join('/')}`, commitPath: '/-/commit/' };
  if (host === 'bitbucket.org' && s.length === 2) return { base: `https://bitbucket.org/${s.join('/')}`, commitPath: '/commits/' };
  // Azure DevOps: https://dev.azure.com/org/project/_git/repo, git@ssh.dev.azure.com:v3/org/project/repo,
  // and the older https://org.visualstudio.com/project/_git/repo.
  if (host === 'dev.azure.com' && s.length === 4 && s[2] === '_git') return { base: `https://dev.azure.com/${s.join('/')}`, commitPath: '/commit/' };
  if (host === 'ssh.dev.azure.com' && s.length === 4 && s[0] === 'v3') return { base: `https://dev.azure.com/${s[1]}/${s[2]}/_git/${s[3]}`, commitPath: '/commit/' };
  const vs = /^([a-z0-9-]+)\.visualstudio\.com$/.exec(host);
  if (vs && s.length === 3 && s[1] === '_git') return { base: `https://dev.azure.com/${vs[1]}/${s[0]}/_git/${s[2]}`, commitPath: '/commit/' };
  return undefined;
}

/** The web page of commit `hash` (full, lower-case hex), or null without one. */
export function commitUrl(links: CommitLinks | undefined, hash: string): string | null {
  return links && HASH.test(hash) ? `${links.base}${links.commitPath}${hash}` : null;
}
