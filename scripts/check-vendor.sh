#!/usr/bin/env bash
# vendor/yew must be the published yew 0.23.0 plus the one line that
# vendor/README.md shows. Compares with the registry copy in cargo's cache
# (fetched by `cargo fetch` when absent) and fails on any other difference.
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
expected=$'30c30\n<                     .map(|m| m.tag_name().to_lowercase())\n---\n>                     .map(|m| m.tag_name().to_ascii_lowercase())'
actual=$(diff -r "$published" vendor/yew | sed 's/^diff -r .*//' | sed '/^$/d' || true)
if [ "$actual" != "$expected" ]; then
  echo "vendor/yew differs from yew 0.23.0 ($published) by more than vendor/README.md says:" >&2
  diff -r "$published" vendor/yew >&2 || true
  exit 1
fi
echo "vendor/yew = yew 0.23.0 + the one line in vendor/README.md"
