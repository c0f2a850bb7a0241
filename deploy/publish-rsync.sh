#!/usr/bin/env bash
# Publishes the built site (dist/) to the web server by rsync over SSH. The GitHub and Gitea/Forgejo
# workflows run it after the tests pass; an IT officer can run it by hand with the same settings.
# The settings are described in docs/deploying.md, "Publishing from a forge".
set -euo pipefail

: "${DEPLOY_HOST:?set DEPLOY_HOST: the server to publish to, e.g. www.example.gov.cn}"
: "${DEPLOY_USER:?set DEPLOY_USER: the SSH user that may write to DEPLOY_PATH}"
: "${DEPLOY_PATH:?set DEPLOY_PATH: the folder the web server serves, e.g. /var/www/ip-strong-city}"
: "${DEPLOY_SSH_KEY:?set DEPLOY_SSH_KEY: the private key of a deploy key that DEPLOY_USER accepts}"
: "${DEPLOY_KNOWN_HOSTS:?set DEPLOY_KNOWN_HOSTS: the public host key line(s) of the server, as in ~/.ssh/known_hosts}"
port="${DEPLOY_PORT:-22}"

if [ ! -f dist/index.html ]; then
  echo "dist/ has no site: run npm run build first" >&2
  exit 1
fi
# A build without SITE_URL has no canonical links, sitemap or feeds: fine for checking, not for readers.
if ! grep -q 'rel="canonical"' dist/index.html; then
  echo "dist/ was built without SITE_URL: set SITE_URL to the site's address and build again" >&2
  exit 1
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf '%s\n' "$DEPLOY_SSH_KEY" >"$work/key"
chmod 600 "$work/key"
printf '%s\n' "$DEPLOY_KNOWN_HOSTS" >"$work/known_hosts"
# The host key is pinned (no first-use trust): a server that answers with another key is refused.
ssh="ssh -p $port -i $work/key -o IdentitiesOnly=yes -o BatchMode=yes -o StrictHostKeyChecking=yes -o UserKnownHostsFile=$work/known_hosts"

# --delay-updates puts every changed file in place at the end and --delete-after removes old files last,
# so a reader never gets a new page whose new stylesheet has not arrived yet. --checksum: the build's
# files are all new on disk each time, so their dates say nothing.
rsync --recursive --links --compress --checksum --chmod=D755,F644 --delay-updates --delete-after \
  --rsh="$ssh" dist/ "$DEPLOY_USER@$DEPLOY_HOST:$DEPLOY_PATH/"
echo "published dist/ to $DEPLOY_HOST:$DEPLOY_PATH"
