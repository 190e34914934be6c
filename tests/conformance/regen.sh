#!/usr/bin/env bash
# Regenerate the expected outputs (.out / .err) of the nPython conformance
# corpus by running every NAME.py under CPython 3.11.
#
#   NAME.out  exact stdout of `PYTHONHASHSEED=0 python3 NAME.py`
#   NAME.err  only when the program exits with an uncaught exception (exit 1):
#             the last non-empty line of stderr, plus a trailing newline
#
# Programs run from inside tests/conformance so no paths leak into output.
# Set PYTHON=/path/to/python3.11 to use a specific interpreter.
set -euo pipefail

cd "$(dirname "$0")"

PY="${PYTHON:-python3}"
if ! version="$("$PY" --version 2>&1)"; then
    echo "regen.sh: cannot run '$PY'" >&2
    exit 1
fi
case "$version" in
    "Python 3.11."*) ;;
    *)
        echo "regen.sh: need CPython 3.11.x, but '$PY --version' printed: $version" >&2
        exit 1
        ;;
esac

export PYTHONHASHSEED=0
export PYTHONIOENCODING=utf-8

tmp_err="$(mktemp)"
trap 'rm -f "$tmp_err"' EXIT

count=0
problems=0
for py in *.py; do
    name="${py%.py}"
    rc=0
    "$PY" "$py" >"$name.out" 2>"$tmp_err" || rc=$?
    case "$rc" in
        0)
            rm -f "$name.err"
            if [ -s "$tmp_err" ]; then
                echo "regen.sh: $py exited 0 but wrote to stderr:" >&2
                cat "$tmp_err" >&2
                problems=$((problems + 1))
            fi
            if [[ "$name" == err_* ]]; then
                echo "regen.sh: $py is an err_ program but exited 0" >&2
                problems=$((problems + 1))
            fi
            ;;
        1)
            last="$(grep -v '^[[:space:]]*$' "$tmp_err" | tail -n 1 || true)"
            if [ -z "$last" ]; then
                echo "regen.sh: $py exited 1 with empty stderr" >&2
                problems=$((problems + 1))
            fi
            printf '%s\n' "$last" >"$name.err"
            if [[ "$name" != err_* ]]; then
                echo "regen.sh: $py raised an uncaught exception but is not an err_ program: $last" >&2
                problems=$((problems + 1))
            fi
            ;;
        *)
            echo "regen.sh: $py exited with unexpected status $rc" >&2
            cat "$tmp_err" >&2
            problems=$((problems + 1))
            ;;
    esac
    count=$((count + 1))
done

# Drop expectations whose program no longer exists.
for f in *.out *.err; do
    [ -e "$f" ] || continue
    if [ ! -e "${f%.*}.py" ]; then
        echo "regen.sh: removing stale $f"
        rm -f "$f"
    fi
done

echo "regen.sh: regenerated $count programs with $version"
if [ "$problems" -ne 0 ]; then
    echo "regen.sh: $problems problem(s) found" >&2
    exit 1
fi
