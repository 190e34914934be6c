# task: schedule a meeting for a distributed team by converting local working hours across fixed UTC offsets
from datetime import datetime, timedelta, timezone

TEAM = {
    "sao_paulo": ("ana", timezone(timedelta(hours=-3), "BRT")),
    "london": ("ben", timezone(timedelta(hours=1), "BST")),
    "pune": ("chitra", timezone(timedelta(hours=5, minutes=30), "IST")),
    "tokyo": ("daiki", timezone(timedelta(hours=9), "JST")),
}
WORK_HOURS = (8, 19)   # local, acceptable meeting window
DAY_UTC = datetime(2024, 7, 10, tzinfo=timezone.utc)


def local_ok(dt_utc: datetime, tz: timezone) -> bool:
    start = dt_utc.astimezone(tz)
    end = start + timedelta(minutes=30)
    day_start = start.replace(hour=WORK_HOURS[0], minute=0)
    day_end = start.replace(hour=WORK_HOURS[1], minute=0)
    return day_start <= start and end <= day_end


def score(dt_utc: datetime) -> tuple[int, list[str]]:
    ok = [city for city, (_, tz) in TEAM.items() if local_ok(dt_utc, tz)]
    return len(ok), ok


slots = [DAY_UTC + timedelta(minutes=30 * i) for i in range(48)]
scored = [(score(s), s) for s in slots]
best_count = max(c for (c, _), _ in scored)
print(f"best slots cover {best_count}/{len(TEAM)} people")
for (count, cities), slot in scored:
    if count == best_count:
        missing = sorted(set(TEAM) - set(cities))
        print(f"  {slot:%H:%M} UTC  missing: {', '.join(missing) or 'nobody'}")

chosen = next(s for (c, _), s in scored if c == best_count)
print(f"\nproposed meeting: {chosen.isoformat()}")
for city, (person, tz) in TEAM.items():
    local = chosen.astimezone(tz)
    print(f"  {person:<7} {city:<10} {local:%a %H:%M} {local.tzname()} (UTC{local:%z})")

deadline_tokyo = datetime(2024, 7, 11, 9, 0, tzinfo=TEAM["tokyo"][1])
print("\nTokyo deadline in London time:", deadline_tokyo.astimezone(TEAM["london"][1]).strftime("%Y-%m-%d %H:%M %Z"))
print("hours between meeting and deadline:", (deadline_tokyo - chosen) / timedelta(hours=1))
