# task: parse five-field cron expressions into explicit value sets and describe when jobs run
FIELDS = [
    ("minute", 0, 59),
    ("hour", 0, 23),
    ("day", 1, 31),
    ("month", 1, 12),
    ("weekday", 0, 6),
]
MONTHS = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}
DAYS = {d: i for i, d in enumerate("sun mon tue wed thu fri sat".split())}
ALIASES = {"@hourly": "0 * * * *", "@daily": "0 0 * * *", "@weekly": "0 0 * * 0", "@monthly": "0 0 1 * *"}


class CronError(ValueError):
    pass


def parse_field(text, name, lo, hi):
    names = MONTHS if name == "month" else DAYS if name == "weekday" else {}
    values = set()
    for part in text.lower().split(","):
        rng, _, step = part.partition("/")
        step = int(step) if step else 1
        if rng == "*":
            start, end = lo, hi
        elif "-" in rng:
            a, b = rng.split("-")
            start, end = int(names.get(a, a)), int(names.get(b, b))
        else:
            start = int(names.get(rng, rng))
            end = hi if step > 1 else start
        if not (lo <= start <= hi and lo <= end <= hi) or start > end or step < 1:
            raise CronError(f"{name} value out of range in {part!r} (allowed {lo}-{hi})")
        values.update(range(start, end + 1, step))
    return sorted(values)


def parse_cron(expr):
    expr = ALIASES.get(expr, expr)
    parts = expr.split()
    if len(parts) != 5:
        raise CronError(f"expected 5 fields, got {len(parts)}")
    try:
        return {name: parse_field(p, name, lo, hi) for p, (name, lo, hi) in zip(parts, FIELDS)}
    except ValueError as e:
        raise CronError(str(e)) from e


def compact(values, lo, hi):
    if values == list(range(lo, hi + 1)):
        return "every"
    return ",".join(map(str, values)) if len(values) <= 8 else f"{len(values)} values ({values[0]}..{values[-1]})"


JOBS = {
    "backup": "30 2 * * *",
    "report": "0 9 * * mon-fri",
    "metrics": "*/15 * * * *",
    "billing": "0 0 1,15 * *",
    "season": "0 12 1 jan,apr,jul,oct *",
    "weekly": "@weekly",
    "broken1": "61 * * * *",
    "broken2": "0 0 * *",
    "broken3": "0 0 * * fun",
}
for job, expr in JOBS.items():
    try:
        spec = parse_cron(expr)
    except CronError as e:
        print(f"{job:<8} {expr!r:<24} invalid: {e}")
        continue
    desc = "; ".join(f"{name}={compact(spec[name], lo, hi)}" for name, lo, hi in FIELDS)
    runs_per_day = len(spec["minute"]) * len(spec["hour"])
    print(f"{job:<8} {expr!r:<24} {desc}  [{runs_per_day}/day]")
