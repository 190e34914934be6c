# area: math: geometry helpers for a routing agent (haversine distance, bearings, polygon area, rounding helpers)
import math

CITIES = {"Oslo": (59.9139, 10.7522), "Paris": (48.8566, 2.3522), "Rome": (41.9028, 12.4964), "Lisbon": (38.7223, -9.1393)}

def haversine(a, b):
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    dlat, dlon = lat2 - lat1, lon2 - lon1
    h = math.sin(dlat / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin(dlon / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))

def bearing(a, b):
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    x = math.sin(lon2 - lon1) * math.cos(lat2)
    y = math.cos(lat1) * math.sin(lat2) - math.sin(lat1) * math.cos(lat2) * math.cos(lon2 - lon1)
    return (math.degrees(math.atan2(x, y)) + 360) % 360

names = sorted(CITIES)
for i, a in enumerate(names):
    for b in names[i + 1:]:
        d = haversine(CITIES[a], CITIES[b])
        print(f"{a:>6} -> {b:<6} {d:8.1f} km  bearing {bearing(CITIES[a], CITIES[b]):6.1f}")

def shoelace(pts):
    return abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(pts, pts[1:] + pts[:1]))) / 2
print(shoelace([(0, 0), (4, 0), (4, 3), (0, 3)]), shoelace([(0, 0), (2, 0), (1, 1.5)]))
print(math.dist((0, 0), (3, 4)), math.dist((1, 2, 3), (4, 6, 3)), math.hypot(1, 1, 1))
print(math.gcd(84, 36), math.lcm(4, 6, 10), math.factorial(12), math.comb(10, 3), math.perm(5, 2), math.isqrt(99))
print(math.prod([1.5, 2, 4]), math.fsum([0.1] * 7), math.ceil(7 / 2), math.floor(-0.5), math.trunc(9.99))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(100, 101, rel_tol=0.02), math.isclose(0, 1e-12, abs_tol=1e-9))
for bad in [lambda: math.sqrt(-4), lambda: math.log(-1), lambda: math.factorial(-3), lambda: math.exp(1000)]:
    try:
        bad()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, "-", e)
