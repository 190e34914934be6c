# area: realistic agent script: compute business-hours deadlines skipping weekends and holidays with day arithmetic
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
HOLIDAYS = {10, 17}
OPEN, CLOSE = 9, 17

def weekday(day):
    return DAYS[day % 7]

def is_business(day):
    return day % 7 < 5 and day not in HOLIDAYS

def add_business_hours(day, hour, hours):
    while hours > 0:
        if not is_business(day) or hour >= CLOSE:
            day, hour = day + 1, OPEN
            continue
        if hour < OPEN:
            hour = OPEN
        step = min(hours, CLOSE - hour)
        hour += step
        hours -= step
    return day, hour

TICKETS = [("T1", 7, 15, 4), ("T2", 9, 16, 8), ("T3", 11, 10, 2), ("T4", 12, 20, 3), ("T5", 13, 8, 16), ("T6", 16, 9, 1)]
for tid, day, hour, sla in TICKETS:
    d, h = add_business_hours(day, hour, sla)
    note = " (holiday skipped)" if any(x in HOLIDAYS for x in range(day, d + 1)) else ""
    print(f"{tid}: opened {weekday(day)} d{day} {hour:02d}:00, SLA {sla:>2}h -> due {weekday(d)} d{d} {h:02d}:00{note}")
open_days = [d for d in range(7, 21) if is_business(d)]
print("business days in window:", len(open_days), [f"{weekday(d)}{d}" for d in open_days[:6]])
