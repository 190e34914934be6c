# task: remove outliers from noisy sensor readings using median absolute deviation and fill the gaps
import statistics

READINGS = {
    "temp_c": [21.2, 21.4, 21.3, 85.0, 21.6, 21.5, None, 21.9, 22.0, -40.0, 22.1, 22.3],
    "humidity": [40, 41, 41, 42, 43, None, None, 44, 45, 46, 200, 47],
    "pressure": [1012, 1012, 1013, 1013, 1013, 1014, 1014, 1014, 1015, 1015, 1016, 1016],
}
THRESHOLD = 3.5


def mad_outliers(values: list[float]) -> set[int]:
    present = [v for v in values if v is not None]
    med = statistics.median(present)
    mad = statistics.median(abs(v - med) for v in present)
    if mad == 0:
        return set()
    return {i for i, v in enumerate(values)
            if v is not None and 0.6745 * abs(v - med) / mad > THRESHOLD}


def interpolate(values: list) -> list:
    out = list(values)
    known = [i for i, v in enumerate(out) if v is not None]
    for i, v in enumerate(out):
        if v is not None:
            continue
        left = max((k for k in known if k < i), default=None)
        right = min((k for k in known if k > i), default=None)
        if left is None:
            out[i] = out[right]
        elif right is None:
            out[i] = out[left]
        else:
            frac = (i - left) / (right - left)
            out[i] = round(out[left] + (out[right] - out[left]) * frac, 2)
    return out


for name, series in READINGS.items():
    bad = mad_outliers(series)
    masked = [None if i in bad else v for i, v in enumerate(series)]
    gaps = sum(v is None for v in masked)
    filled = interpolate(masked)
    print(f"{name}: removed {len(bad)} outlier(s) at {sorted(bad)}, filled {gaps} gap(s)")
    print(f"  before: {series}")
    print(f"  after:  {filled}")
    print(f"  mean {statistics.mean(filled):.2f}, stdev {statistics.stdev(filled):.2f}")
