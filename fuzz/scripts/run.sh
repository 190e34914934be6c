#!/bin/sh
# Seeds the corpus and runs one fuzz target on stable Rust (no sanitizer), niced, single job.
#   fuzz/scripts/run.sh compile_run 1200       # target, seconds
set -eu
target=${1:?usage: run.sh TARGET SECONDS}
secs=${2:-600}
here=$(cd "$(dirname "$0")/.." && pwd)
"$here/scripts/seed.sh" "$target"
cd "$here"
exec nice -n 10 cargo fuzz run "$target" -s none "corpus/$target" -- \
    -max_total_time="$secs" -max_len=8192 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 -dict=python.dict
