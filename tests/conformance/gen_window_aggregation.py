# area: generators: tumbling and sliding time-window aggregations over a timestamped metric stream
STREAM = [(0, 5), (2, 7), (4, 1), (5, 9), (9, 3), (11, 8), (12, 2), (19, 6), (20, 4), (21, 10)]

def tumbling(stream, size):
    bucket, start = [], None
    for ts, v in stream:
        w = ts // size * size
        if start is None:
            start = w
        if w != start:
            yield start, bucket
            bucket, start = [], w
        bucket.append(v)
    if bucket:
        yield start, bucket

def sliding(stream, size):
    window = []
    for ts, v in stream:
        window.append((ts, v))
        while window[0][0] <= ts - size:
            window.pop(0)
        yield ts, [x for _, x in window]

for start, vals in tumbling(STREAM, 5):
    print(f"[{start:>2},{start + 5:>2}) n={len(vals)} sum={sum(vals):>2} max={max(vals)}")
for ts, vals in sliding(STREAM, 6):
    print(f"t={ts:>2} last6s={vals} avg={sum(vals) / len(vals):.2f}")
alerts = [ts for ts, vals in sliding(STREAM, 6) if sum(vals) >= 20]
print("alerts at:", alerts)
gaps = [(a[0], b[0]) for a, b in zip(STREAM, STREAM[1:]) if b[0] - a[0] > 4]
print("gaps:", gaps)
