#!/bin/sh
# Publish a built site into the Pages branch: scripts/publish_pages.sh SITE TARGET
#   TARGET "."     the hosted site at the root; pull-request previews (pr-*) are kept
#   TARGET "pr-N"  a pull request's preview
#   SITE "-"       remove TARGET instead (a closed pull request)
# Environment: PAGES_REMOTE (a git URL, required), PAGES_BRANCH (default gh-pages),
# MESSAGE (the commit message). Creates the branch if it does not exist yet.
set -eu
site=$1
target=$2
branch=${PAGES_BRANCH:-gh-pages}
case $target in
  .|pr-[0-9]*) ;;
  *) echo "publish_pages.sh: TARGET must be . or pr-<number>, not '$target'" >&2; exit 2 ;;
esac
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if ! git clone --quiet --depth 1 --branch "$branch" "$PAGES_REMOTE" "$work" 2>/dev/null; then
  git init --quiet "$work"
  git -C "$work" checkout --quiet --orphan "$branch"
  git -C "$work" remote add origin "$PAGES_REMOTE"
fi
if [ "$target" = "." ]; then
  find "$work" -mindepth 1 -maxdepth 1 ! -name .git ! -name 'pr-*' -exec rm -rf {} +
else
  rm -rf "${work:?}/$target"
fi
if [ "$site" != "-" ]; then
  mkdir -p "$work/$target"
  cp -R "$site"/. "$work/$target"/
fi
touch "$work/.nojekyll"
git -C "$work" add -A
if git -C "$work" diff --cached --quiet; then
  echo "publish_pages.sh: nothing changed in $target"
  exit 0
fi
git -C "$work" -c user.name="dossier-bot" -c user.email="dossier-bot@users.noreply.github.com" \
  commit --quiet -m "${MESSAGE:-publish $target}"
git -C "$work" push --quiet origin "HEAD:$branch"
echo "publish_pages.sh: published $target to $branch"
