# mod_: an agent-style report over timestamped log records with datetime (parse, bucket by day/hour, durations, SLA checks)
import datetime as dt
from collections import defaultdict

LOG = """2024-03-09T23:58:12Z job=ingest status=start
2024-03-10T00:03:40Z job=ingest status=done
2024-03-10T01:15:00+01:00 job=report status=start
2024-03-10T00:20:30Z job=report status=done
2024-03-10T08:00:00Z job=sync status=start
2024-03-10T09:45:15.250Z job=sync status=failed
2024-03-11T12:00:00Z job=ingest status=start
2024-03-11T12:31:59Z job=ingest status=done"""

records = []
for line in LOG.splitlines():
    stamp, *fields = line.split()
    when = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone(dt.timezone.utc)
    info = dict(f.split("=") for f in fields)
    records.append((when, info["job"], info["status"]))

records.sort()
started = {}
durations = defaultdict(list)
per_day = defaultdict(int)
for when, job, status in records:
    per_day[when.date().isoformat()] += 1
    if status == "start":
        started[job] = when
    else:
        took = when - started.pop(job)
        durations[job].append(took)
        verdict = "SLA MISS" if took > dt.timedelta(minutes=30) else "ok"
        print(f"{job:<7} {status:<6} {when:%Y-%m-%d %H:%M} took {took} ({took.total_seconds():.0f}s) {verdict}")

print(dict(per_day))
for job, ds in sorted(durations.items()):
    total = sum(ds, dt.timedelta())
    print(job, len(ds), total, total / len(ds))

first, last = records[0][0], records[-1][0]
span = last - first
print("span:", span, "days:", span.days, "hours:", round(span.total_seconds() / 3600, 2))
deadline = dt.datetime(2024, 3, 12, tzinfo=dt.timezone.utc)
print("left:", deadline - last, (deadline - last) > dt.timedelta(hours=11))
week = [dt.date(2024, 3, 10) + dt.timedelta(days=i) for i in range(7)]
print([d.strftime("%a %d") for d in week if d.weekday() < 5])
print(dt.datetime.strptime("10/Mar/2024:13:55:36", "%d/%b/%Y:%H:%M:%S").replace(tzinfo=dt.timezone.utc).timestamp())
print(dt.MINYEAR, dt.MAXYEAR, dt.date(2024, 12, 25) - dt.date(2024, 3, 10))
