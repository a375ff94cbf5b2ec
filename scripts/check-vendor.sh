#!/usr/bin/env bash
# vendor/yew must be the published yew 0.23.0 plus exactly vendor/yew.patch
# (explained in vendor/README.md). Compares with the registry copy in
# cargo's cache (fetched by `cargo fetch` when absent) and fails on any
# other difference.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo_home=${CARGO_HOME:-$HOME/.cargo}
published=$(ls -d "$cargo_home"/registry/src/*/yew-0.23.0 2>/dev/null | head -n 1 || true)
if [ -z "$published" ]; then
  # The [patch] keeps cargo from fetching yew itself; a throwaway manifest does.
  scratch=$(mktemp -d)
  trap 'rm -rf "$scratch"' EXIT
  printf '[package]\nname = "fetch-yew"\nversion = "0.0.0"\nedition = "2021"\n[lib]\npath = "lib.rs"\n[dependencies]\nyew = "=0.23.0"\n' > "$scratch/Cargo.toml"
  touch "$scratch/lib.rs"
  cargo fetch --manifest-path "$scratch/Cargo.toml" >/dev/null 2>&1
  published=$(ls -d "$cargo_home"/registry/src/*/yew-0.23.0 2>/dev/null | head -n 1 || true)
  if [ -z "$published" ]; then
    # Fetch unpacks on demand; `cargo vendor` would too, but needs the network.
    crate=$(ls "$cargo_home"/registry/cache/*/yew-0.23.0.crate | head -n 1)
    published="$scratch/yew-0.23.0"
    tar -xzf "$crate" -C "$scratch"
  fi
fi
actual=$(diff -ru "$published" vendor/yew | sed -e "s#$published#yew-0.23.0#g" -e 's/\t.*$//' || true)
if [ "$actual" != "$(cat vendor/yew.patch)" ]; then
  echo "vendor/yew differs from yew 0.23.0 ($published) by other than vendor/yew.patch:" >&2
  diff <(printf '%s\n' "$actual") vendor/yew.patch >&2 || true
  exit 1
fi
echo "vendor/yew = yew 0.23.0 + vendor/yew.patch"
