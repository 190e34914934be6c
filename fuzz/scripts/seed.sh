#!/bin/sh
# Seeds fuzz/corpus/TARGET from the test programs (tests/conformance/*.py and tests/hostile/*.py under 16 KiB).
# The corpus is generated, never committed (fuzz/.gitignore).
#   fuzz/scripts/seed.sh compile_run
set -eu
target=${1:?usage: seed.sh TARGET}
here=$(cd "$(dirname "$0")/.." && pwd)
dir="$here/corpus/$target"
mkdir -p "$dir"
for f in "$here"/../tests/conformance/*.py "$here"/../tests/hostile/*.py; do
    [ "$(wc -c <"$f")" -le 16384 ] || continue
    cp "$f" "$dir/seed_$(basename "$(dirname "$f")")_$(basename "$f")"
done
echo "seeded $(ls "$dir" | wc -l) inputs in $dir"
