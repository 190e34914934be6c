# task: compute support-ticket response deadlines counting only business hours (Mon-Fri 09:00-17:00)
from datetime import datetime, timedelta, time

OPEN, CLOSE = time(9, 0), time(17, 0)
SLA_HOURS = {"P1": 4, "P2": 8, "P3": 24}


def next_open(moment: datetime) -> datetime:
    """Move a moment forward to the next instant when the desk is open."""
    while True:
        if moment.weekday() >= 5:
            moment = datetime.combine(moment.date() + timedelta(days=7 - moment.weekday()), OPEN)
        elif moment.time() < OPEN:
            moment = datetime.combine(moment.date(), OPEN)
        elif moment.time() >= CLOSE:
            moment = datetime.combine(moment.date() + timedelta(days=1), OPEN)
        else:
            return moment


def add_business_time(start: datetime, amount: timedelta) -> datetime:
    current = next_open(start)
    remaining = amount
    while True:
        end_of_day = datetime.combine(current.date(), CLOSE)
        available = end_of_day - current
        if remaining <= available:
            return current + remaining
        remaining -= available
        current = next_open(end_of_day)


def business_time_between(a: datetime, b: datetime) -> timedelta:
    total, current = timedelta(), next_open(a)
    while current < b:
        end_of_day = min(datetime.combine(current.date(), CLOSE), b)
        total += max(end_of_day - current, timedelta())
        current = next_open(datetime.combine(current.date(), CLOSE))
    return total


TICKETS = [
    ("T1", "P1", "2024-06-03 10:15", "2024-06-03 13:00"),
    ("T2", "P1", "2024-06-03 15:30", "2024-06-04 11:00"),
    ("T3", "P2", "2024-06-07 16:00", "2024-06-10 16:30"),
    ("T4", "P3", "2024-06-08 11:00", "2024-06-12 09:30"),
    ("T5", "P2", "2024-06-05 07:45", "2024-06-05 16:59"),
]

print(f"{'id':<4}{'pri':<4}{'opened':<17}{'deadline':<17}{'answered':<17}{'used':>7}  status")
for tid, pri, opened_s, answered_s in TICKETS:
    opened = datetime.strptime(opened_s, "%Y-%m-%d %H:%M")
    answered = datetime.strptime(answered_s, "%Y-%m-%d %H:%M")
    deadline = add_business_time(opened, timedelta(hours=SLA_HOURS[pri]))
    used = business_time_between(opened, answered)
    status = "met" if answered <= deadline else f"BREACH by {answered - deadline}"
    hours = used.total_seconds() / 3600
    print(f"{tid:<4}{pri:<4}{opened:%a %d %H:%M}     {deadline:%a %d %H:%M}     {answered:%a %d %H:%M}     {hours:>6.2f}h  {status}")
