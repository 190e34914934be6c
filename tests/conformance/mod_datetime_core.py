# mod_: datetime date/time/datetime/timedelta/timezone arithmetic, formatting, parsing and errors
from datetime import *
td = timedelta(days=1, hours=2, minutes=3, seconds=4.5)
print(td, repr(td), td.total_seconds(), -td, repr(-td), abs(-td), td * 2, td / 2, td // 3, td / timedelta(hours=1))
print(timedelta(0), repr(timedelta(0)), timedelta(weeks=1, milliseconds=5), timedelta(microseconds=-1), timedelta(days=-2, seconds=5))
print(timedelta(hours=25) > timedelta(days=1), timedelta(minutes=90) == timedelta(hours=1.5), bool(timedelta()), hash(timedelta(1)) == hash(timedelta(hours=24)))
print(divmod(timedelta(hours=5), timedelta(hours=2)), timedelta(hours=5) % timedelta(hours=2), 3 * timedelta(seconds=7))
d = date(2024, 2, 28)
print(d, repr(d), d + timedelta(days=1), d + timedelta(days=2), d - date(2023, 12, 25), d.weekday(), d.isoweekday(), d.isocalendar()[:])
print(d.strftime("%Y/%m/%d %a %A %b %B %j %y %U %W %w %u %%"), d.toordinal(), date.fromordinal(738000), d.replace(day=1))
print(date.fromisoformat("2023-07-04"), date(2020, 1, 1) < date(2020, 1, 2), max(date(2020, 5, 1), date(2019, 6, 1)), f"{d:%d.%m.%Y}", f"{d}")
for y, m, dd in [(2020, 12, 31), (2021, 1, 1), (2021, 1, 4), (2024, 12, 30), (2026, 1, 1), (2027, 1, 1)]:
    print(date(y, m, dd).isocalendar()[:], end=" ")
print()
dt = datetime(2024, 3, 10, 14, 5, 9, 123456)
print(dt, repr(dt), dt.isoformat(), dt.isoformat(timespec="seconds"), dt.isoformat(" ", "milliseconds"), dt.date(), dt.time(), repr(dt.time()))
print(dt.strftime("%Y-%m-%dT%H:%M:%S.%f %I%p %c | %x %X"), dt + timedelta(hours=12), dt - timedelta(days=70), dt - datetime(2024, 1, 1))
print(repr(datetime(2024, 1, 1)), repr(datetime(2024, 1, 1, 5, 0, 7)), datetime(2024, 1, 1).timestamp(), datetime.fromtimestamp(1700000000.5, timezone.utc))
print(datetime.utcfromtimestamp(0), datetime.fromtimestamp(86400 * 365.25, tz=timezone.utc).isoformat())
a = datetime.fromisoformat("2024-05-06T07:08:09+02:00")
print(a, repr(a), a.utcoffset(), a.tzname(), a.astimezone(timezone.utc), a.timestamp(), a == datetime(2024, 5, 6, 5, 8, 9, tzinfo=timezone.utc))
print(datetime.fromisoformat("2024-05-06"), datetime.fromisoformat("2024-05-06 07:08"), datetime.fromisoformat("2024-05-06T07:08:09.5Z"), datetime.fromisoformat("2024-05-06T07:08:09.123456-05:30"))
print(repr(timezone.utc), timezone.utc, timezone(timedelta(hours=-3)), repr(timezone(timedelta(hours=5, minutes=30))), timezone(timedelta(hours=1), "CET"))
p = datetime.strptime("2023-11-05 16:45:30", "%Y-%m-%d %H:%M:%S")
print(p, datetime.strptime("05/Nov/2023:04:45:30 PM", "%d/%b/%Y:%I:%M:%S %p"), datetime.strptime("2023-11-05T16:45:30.25+0100", "%Y-%m-%dT%H:%M:%S.%f%z"))
print(datetime.strptime("March 3 2021", "%B %d %Y"), datetime.strptime("21-060", "%y-%j"), datetime.strptime("Mon, 06 Nov 2023 08:00:00 GMT", "%a, %d %b %Y %H:%M:%S %Z"))
for bad in [("2023-13-01", "%Y-%m-%d"), ("2023-01-01 x", "%Y-%m-%d"), ("abc", "%Y")]:
    try:
        datetime.strptime(*bad)
    except ValueError as e:
        print("ValueError:", e)
for bad in ["2024-02-30", "24-01-01", "2024/01/01"]:
    try:
        date.fromisoformat(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    date(2023, 2, 29)
except ValueError as e:
    print("ValueError:", e)
try:
    datetime(2024, 1, 1) < datetime(2024, 1, 1, tzinfo=timezone.utc)
except TypeError as e:
    print("TypeError:", e)
try:
    date(2024, 1, 1) < datetime(2024, 1, 1)
except TypeError as e:
    print("TypeError:", e)
print(datetime(2024, 1, 1) == date(2024, 1, 1), date(2024, 1, 1) == datetime(2024, 1, 1), isinstance(datetime(2024, 1, 1), date))
events = [datetime(2024, 1, 3, 9), datetime(2024, 1, 1, 17), datetime(2024, 1, 2, 12)]
print(sorted(events)[0], max(events) - min(events), sorted(e.strftime("%a") for e in events))
print(datetime.combine(date(2024, 6, 1), time(8, 30)), time(8, 30), repr(time(8, 30, 0, 5)), time.fromisoformat("23:59:59.5"), time(1, 2) < time(1, 3))
print(datetime(2024, 1, 31).replace(month=2, day=29), dt.replace(microsecond=0, tzinfo=timezone.utc))
print(date.min, date.max, datetime.min, timedelta.max, timedelta.min, timedelta.resolution)
print(datetime(2024, 1, 1, tzinfo=timezone.utc).astimezone(timezone(timedelta(hours=9))), datetime(2024, 1, 1, 23, tzinfo=timezone(timedelta(hours=-2))).astimezone(timezone.utc).date())
print(date.fromisocalendar(2024, 1, 1), datetime(2024, 5, 1).ctime(), date(2024, 5, 1).ctime(), datetime(2024, 5, 1).timetuple()[:7])
print(hash(datetime(2024, 1, 1)) == hash(datetime(2024, 1, 1)), {date(2024, 1, 1): 1}[date(2024, 1, 1)], len({datetime(2024, 1, 1), datetime(2024, 1, 1, 0)}))
