#!/usr/bin/env bash
# Regenerates the COG 2026 reference resources of ptce-model from the npm package
# @etalab/decoupage-administratif@6.0.0 (INSEE COG 2026, DGCL EPCI 2026; data under Licence Ouverte 2.0).
#
# The generated files are committed: builds and CI never run this script and need no network.
# Needs: bash, npm, node (>= 18), tar. Usage, from anywhere:
#   scripts/build-cog-resources.sh            # writes ptce-model/src/main/resources/fr/ptce/model/reference/cog/
#   scripts/build-cog-resources.sh OUT_DIR    # writes elsewhere (e.g. to diff against the committed files)
set -euo pipefail

readonly PACKAGE='@etalab/decoupage-administratif'
readonly VERSION='6.0.0'
readonly INTEGRITY='sha512-XavYsFlbcM/prKr8hNHPKER94IHw/dsxNM4nxjWMYk6PLFACpEedvn/7wK8Baozm0dCYhWWcf+7bcWpA5pmCaQ=='

script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_root="$(cd "$script_dir/.." && pwd)"
out_dir="${1:-$repo_root/ptce-model/src/main/resources/fr/ptce/model/reference/cog}"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "npm pack $PACKAGE@$VERSION" >&2
tarball="$(cd "$work" && npm pack --silent "$PACKAGE@$VERSION" | tail -n 1)"
tarball="$work/$tarball"
[[ -f "$tarball" ]] || { echo "ERROR: npm pack produced no tarball" >&2; exit 1; }

actual="sha512-$(node -e '
const fs = require("fs"), crypto = require("crypto");
process.stdout.write(crypto.createHash("sha512").update(fs.readFileSync(process.argv[1])).digest("base64"));
' "$tarball")"
if [[ "$actual" != "$INTEGRITY" ]]; then
  echo "ERROR: integrity mismatch for $PACKAGE@$VERSION" >&2
  echo "  expected $INTEGRITY" >&2
  echo "  actual   $actual" >&2
  exit 1
fi
echo "integrity OK ($INTEGRITY)" >&2

tar -xzf "$tarball" -C "$work"
mkdir -p "$out_dir"
node "$script_dir/build-cog-resources.mjs" "$work/package" "$out_dir" "$INTEGRITY"
