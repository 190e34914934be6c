# area: realistic agent script: parse simplified cron expressions into sets of minutes/hours and list the next runs
FIELDS = [("minute", 0, 59), ("hour", 0, 23), ("dow", 0, 6)]

class CronError(ValueError):
    pass

def parse_field(spec, lo, hi, name):
    values = set()
    for part in spec.split(","):
        step = 1
        if "/" in part:
            part, s = part.split("/")
            step = int(s)
        if part == "*":
            start, end = lo, hi
        elif "-" in part:
            start, end = map(int, part.split("-"))
        else:
            start = end = int(part)
        if start < lo or end > hi or start > end:
            raise CronError(f"{name} out of range: {part}")
        values.update(range(start, end + 1, step))
    return sorted(values)

def parse(expr):
    parts = expr.split()
    if len(parts) != len(FIELDS):
        raise CronError(f"expected {len(FIELDS)} fields, got {len(parts)}")
    return {name: parse_field(p, lo, hi, name) for p, (name, lo, hi) in zip(parts, FIELDS)}

def next_runs(sched, start_dow, start_minute_of_day, count):
    runs = []
    t = start_dow * 1440 + start_minute_of_day
    while len(runs) < count and t < 7 * 1440 * 2:
        dow, rest = divmod(t % (7 * 1440), 1440)
        hour, minute = divmod(rest, 60)
        if dow in sched["dow"] and hour in sched["hour"] and minute in sched["minute"]:
            runs.append(f"{'Sun Mon Tue Wed Thu Fri Sat'.split()[dow]} {hour:02d}:{minute:02d}")
        t += 1
    return runs

for expr in ["*/15 9-10 1-5", "0 0 0", "30 12,18 *", "5-7 */6 6", "61 * *", "* *", "0 3-1 *"]:
    try:
        s = parse(expr)
        print(f"{expr:<16} minutes={len(s['minute']):>2} hours={s['hour']} next={next_runs(s, 5, 9 * 60 + 50, 3)}")
    except CronError as e:
        print(f"{expr:<16} error: {e}")
print(isinstance(CronError("x"), ValueError))
