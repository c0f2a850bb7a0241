// Where the browser editor saves when it is not working on a local copy: the repository named by
// REPOSITORY_URL (the same setting as the pages' "edit this page" links). Gitea and Forgejo, which a
// government office can run itself, are the default reading of an address; GitHub and GitLab are known by
// their host names. Without an address the editor works only on a local copy (its local mode).

/** Sveltia CMS's backend options for a repository's web address (https://host/owner/name). */
export function backendFor(
  repositoryUrl: string | undefined,
  branch = 'main',
  localName = 'site',
): Record<string, string> {
  // Sveltia CMS needs an owner/name even for a local copy; it shows the name when asking for the folder.
  if (!repositoryUrl) return { name: 'gitea', repo: `local/${localName}`, branch };
  let url: URL;
  try {
    url = new URL(repositoryUrl);
  } catch {
    throw new Error(
      `REPOSITORY_URL "${repositoryUrl}" 不是网址 / is not an address: write it as https://git.example.gov.cn/owner/name`,
    );
  }
  const repo = url.pathname.replace(/^\/|\/$/g, '').replace(/\.git$/, '');
  if (!/^[^/]+\/[^/]+$/.test(repo))
    throw new Error(
      `REPOSITORY_URL "${repositoryUrl}" 应指向仓库 / must name a repository: https://host/owner/name (without further path)`,
    );
  if (url.hostname === 'github.com') return { name: 'github', repo, branch };
  if (url.hostname === 'gitlab.com') return { name: 'gitlab', repo, branch };
  return { name: 'gitea', repo, branch, base_url: url.origin, api_root: `${url.origin}/api/v1` };
}
