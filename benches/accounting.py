#!/usr/bin/env python3
"""The cost of fuel and memory accounting on the side-by-side programs (benches/py/*.py).

Runs every program with three configurations of `npython run` and prints a Markdown report:

  on       a normal build, default limits (10^10 instructions, 256 MiB, 16 MiB output)
  maxed    a normal build, every limit at its maximum (2^64 - 1) and no deadline
  off      a build with `--features unmetered`: instruction counting, fuel charges and the instruction,
           memory and output limit checks compiled out (benchmarks only; see vm/Cargo.toml)

Wall time: the three run alternately (the order rotates each round), `--runs` times each; the report
gives the median and the best per configuration, and the overhead of `on` and `maxed` over `off` per
program and as a geometric mean. With `--callgrind`, each configuration also runs once under
`valgrind --tool=callgrind` and the report gives the instructions executed (Ir), which do not depend on
machine load. Every run's stdout must equal the first one's.

    cargo build --release && cp target/release/npython /tmp/npython-on
    cargo build --release --features unmetered && cp target/release/npython /tmp/npython-off
    python3 benches/accounting.py --on /tmp/npython-on --off /tmp/npython-off --runs 11 --callgrind
"""

import argparse
import glob
import math
import os
import re
import statistics
import subprocess
import sys
import time

MAX = str(2**64 - 1)
MAXED = ["--max-instructions", MAX, "--max-memory", MAX, "--max-output", MAX]


def command(cfg, binaries, program):
    if cfg == "on":
        return [binaries["on"], "run", program]
    if cfg == "maxed":
        return [binaries["on"], "run", *MAXED, program]
    return [binaries["off"], "run", program]


def run(cmd):
    start = time.perf_counter()
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
    elapsed = time.perf_counter() - start
    if p.returncode != 0:
        sys.exit(f"{' '.join(cmd)} exited {p.returncode}: {p.stderr.decode()[-500:]}")
    return elapsed, p.stdout


def callgrind(cmd):
    p = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *cmd],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        check=False,
    )
    m = re.search(r"Collected : (\d+)", p.stderr.decode())
    if p.returncode != 0 or not m:
        sys.exit(f"callgrind failed on {' '.join(cmd)}: {p.stderr.decode()[-500:]}")
    return int(m.group(1)), p.stdout


def geomean(xs):
    return math.exp(sum(math.log(x) for x in xs) / len(xs))


def pct(ratio):
    return f"{(ratio - 1) * 100:+.1f}%"


def machine():
    model = "?"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return f"{os.cpu_count()} vCPU, {model}"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--on", required=True, help="npython built normally")
    ap.add_argument("--off", required=True, help="npython built with --features unmetered")
    ap.add_argument("--runs", type=int, default=11)
    ap.add_argument("--callgrind", action="store_true")
    ap.add_argument("filters", nargs="*", help="only programs whose name contains one of these")
    args = ap.parse_args()
    binaries = {"on": args.on, "off": args.off}
    here = os.path.dirname(os.path.abspath(__file__))
    programs = sorted(glob.glob(os.path.join(here, "py", "*.py")))
    if args.filters:
        programs = [p for p in programs if any(f in os.path.basename(p) for f in args.filters)]
    cfgs = ["on", "maxed", "off"]
    rows = []
    for prog in programs:
        name = os.path.basename(prog)[:-3]
        times = {c: [] for c in cfgs}
        first = None
        for r in range(args.runs):
            order = cfgs[r % 3:] + cfgs[: r % 3]
            for c in order:
                t, out = run(command(c, binaries, prog))
                if first is None:
                    first = out
                elif out != first:
                    sys.exit(f"{name}: {c} printed a different stdout")
                times[c].append(t * 1000)
            print(".", end="", file=sys.stderr, flush=True)
        ir = {}
        if args.callgrind:
            for c in cfgs:
                ir[c], out = callgrind(command(c, binaries, prog))
                if out != first:
                    sys.exit(f"{name}: {c} under callgrind printed a different stdout")
                print("c", end="", file=sys.stderr, flush=True)
        rows.append((name, times, ir))
    print(file=sys.stderr)

    print("| program | on median (ms) | maxed median | off median | on best | maxed best | off best "
          "| on vs off (median) | maxed vs off (median) |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    med = {c: [] for c in cfgs}
    best = {c: [] for c in cfgs}
    for name, times, _ in rows:
        m = {c: statistics.median(times[c]) for c in cfgs}
        b = {c: min(times[c]) for c in cfgs}
        for c in cfgs:
            med[c].append(m[c])
            best[c].append(b[c])
        print(f"| {name} | {m['on']:.0f} | {m['maxed']:.0f} | {m['off']:.0f} | {b['on']:.0f} | "
              f"{b['maxed']:.0f} | {b['off']:.0f} | {pct(m['on'] / m['off'])} | {pct(m['maxed'] / m['off'])} |")
    print()
    for label, d in [("medians", med), ("best times", best)]:
        on = geomean([a / o for a, o in zip(d["on"], d["off"])])
        mx = geomean([a / o for a, o in zip(d["maxed"], d["off"])])
        om = geomean([a / o for a, o in zip(d["on"], d["maxed"])])
        print(f"Geometric mean over {len(rows)} programs ({label}): on vs off {pct(on)}, maxed vs off {pct(mx)}, "
              f"on vs maxed {pct(om)}.")
    if args.callgrind:
        print()
        print("| program | on (Ir) | maxed (Ir) | off (Ir) | on vs off | maxed vs off |")
        print("|---|---:|---:|---:|---:|---:|")
        ratios_on, ratios_mx = [], []
        for name, _, ir in rows:
            ratios_on.append(ir["on"] / ir["off"])
            ratios_mx.append(ir["maxed"] / ir["off"])
            print(f"| {name} | {ir['on']:,} | {ir['maxed']:,} | {ir['off']:,} | {pct(ratios_on[-1])} | "
                  f"{pct(ratios_mx[-1])} |")
        print()
        print(f"Geometric mean (instructions): on vs off {pct(geomean(ratios_on))}, "
              f"maxed vs off {pct(geomean(ratios_mx))}.")
    print()
    print(f"Machine: {machine()}; {args.runs} runs per configuration and program.")


if __name__ == "__main__":
    main()
