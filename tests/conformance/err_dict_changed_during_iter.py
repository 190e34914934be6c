# area: err: deleting from a dict while iterating raises RuntimeError: dictionary changed size during iteration
sessions = {"s1": 5, "s2": 0, "s3": 12, "s4": 0}
print("active:", sum(1 for v in sessions.values() if v))
for sid, ttl in sessions.items():
    print("checking", sid, ttl)
    if ttl == 0:
        del sessions[sid]
