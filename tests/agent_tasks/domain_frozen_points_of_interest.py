# task: deduplicate map points of interest using frozen dataclasses as dict keys
from dataclasses import dataclass, FrozenInstanceError, replace, astuple
import math


@dataclass(frozen=True)
class Coord:
    lat: float
    lon: float

    def rounded(self, places: int = 3) -> "Coord":
        return Coord(round(self.lat, places), round(self.lon, places))

    def distance_km(self, other: "Coord") -> float:
        r = 6371.0
        p1, p2 = math.radians(self.lat), math.radians(other.lat)
        dp = p2 - p1
        dl = math.radians(other.lon - self.lon)
        a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
        return 2 * r * math.asin(math.sqrt(a))


@dataclass(frozen=True)
class POI:
    name: str
    kind: str
    where: Coord


raw = [
    ("Cafe Roma", "cafe", 48.85661, 2.35222),
    ("Cafe Roma", "cafe", 48.85659, 2.35218),
    ("Louvre", "museum", 48.86061, 2.33764),
    ("Book Nook", "shop", 48.85300, 2.34900),
    ("Louvre", "museum", 48.86064, 2.33759),
    ("Pont Neuf", "landmark", 48.85700, 2.34100),
]

unique: dict[tuple[str, Coord], POI] = {}
for name, kind, lat, lon in raw:
    poi = POI(name, kind, Coord(lat, lon))
    key = (poi.name, poi.where.rounded())
    unique.setdefault(key, poi)

print(f"{len(raw)} raw points -> {len(unique)} unique")
home = Coord(48.8566, 2.3522)
for poi in sorted(unique.values(), key=lambda p: home.distance_km(p.where)):
    print(f"  {poi.name:<10} {poi.kind:<9} {home.distance_km(poi.where):6.3f} km  {astuple(poi.where)}")

try:
    home.lat = 0.0
except FrozenInstanceError as e:
    print("cannot mutate:", e)

moved = replace(home, lon=2.36)
print("moved:", moved, "| equal to home:", moved == home, "| hashable:", hash(moved) == hash(Coord(48.8566, 2.36)))
visits = {home: 3, moved: 1}
visits[Coord(48.8566, 2.3522)] += 1
print("visits:", visits)
