# task: validate five-field cron expressions from scheduled-job definitions and expand them into readable sets
import re

FIELDS = [("minute", 0, 59), ("hour", 0, 23), ("day", 1, 31), ("month", 1, 12), ("weekday", 0, 6)]
NAMES = {"month": ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
         "weekday": ["sun", "mon", "tue", "wed", "thu", "fri", "sat"]}

JOBS = {
    "backup": "0 2 * * *",
    "report": "30 9 * * mon-fri",
    "cleanup": "*/15 * * * *",
    "quarterly": "0 0 1 jan,apr,jul,oct *",
    "broken-hour": "0 24 * * *",
    "too-few": "5 4 * *",
    "bad-step": "*/0 * * * *",
    "reversed": "0 9 * * fri-mon",
    "typo": "0 12 * * funday",
}


class CronError(ValueError):
    pass


def to_number(token: str, field: str) -> int:
    names = NAMES.get(field)
    if names and token.lower() in names:
        return names.index(token.lower()) + (1 if field == "month" else 0)
    if not token.isdigit():
        raise CronError(f"{field}: {token!r} is not a number")
    return int(token)


def expand(part: str, field: str, lo: int, hi: int) -> set[int]:
    values = set()
    for item in part.split(","):
        m = re.fullmatch(r"(\*|[\w]+(?:-[\w]+)?)(?:/(\d+))?", item)
        if not m:
            raise CronError(f"{field}: cannot parse {item!r}")
        rng, step = m.group(1), int(m.group(2) or 1)
        if step == 0:
            raise CronError(f"{field}: step cannot be 0")
        if rng == "*":
            start, end = lo, hi
        elif "-" in rng:
            start, end = (to_number(t, field) for t in rng.split("-"))
            if start > end:
                raise CronError(f"{field}: range {rng} is reversed")
        else:
            start = end = to_number(rng, field)
        if start < lo or end > hi:
            raise CronError(f"{field}: {rng} outside {lo}-{hi}")
        values.update(range(start, end + 1, step))
    return values


def parse(expr: str) -> dict[str, list[int]]:
    parts = expr.split()
    if len(parts) != 5:
        raise CronError(f"expected 5 fields, got {len(parts)}")
    return {f: sorted(expand(p, f, lo, hi)) for p, (f, lo, hi) in zip(parts, FIELDS)}


def compact(values: list[int], lo: int, hi: int) -> str:
    if values == list(range(lo, hi + 1)):
        return "every"
    return ",".join(map(str, values)) if len(values) <= 6 else f"{len(values)} values"


for job, expr in JOBS.items():
    try:
        spec = parse(expr)
    except CronError as e:
        print(f"{job:<12} {expr!r:<28} INVALID: {e}")
        continue
    desc = "; ".join(f"{f}={compact(spec[f], lo, hi)}" for f, lo, hi in FIELDS)
    print(f"{job:<12} {expr!r:<28} {desc}")
