# task: build a playlist container supporting len, indexing, slicing, iteration and seeded shuffle
import random
from dataclasses import dataclass


@dataclass(frozen=True)
class Track:
    title: str
    artist: str
    seconds: int

    def __str__(self):
        m, s = divmod(self.seconds, 60)
        return f"{self.artist} - {self.title} ({m}:{s:02d})"


class Playlist:
    def __init__(self, name: str, tracks=()):
        self.name = name
        self._tracks = list(tracks)

    def __len__(self):
        return len(self._tracks)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return Playlist(f"{self.name}[slice]", self._tracks[index])
        return self._tracks[index]

    def __iter__(self):
        return iter(self._tracks)

    def __contains__(self, title: str) -> bool:
        return any(t.title == title for t in self._tracks)

    def __add__(self, other: "Playlist") -> "Playlist":
        return Playlist(f"{self.name}+{other.name}", self._tracks + other._tracks)

    @property
    def duration(self) -> str:
        total = sum(t.seconds for t in self)
        h, rem = divmod(total, 3600)
        return f"{h}h{rem // 60:02d}m{rem % 60:02d}s"

    def shuffled(self, seed: int) -> "Playlist":
        items = self._tracks[:]
        random.Random(seed).shuffle(items)
        return Playlist(f"{self.name} (shuffled)", items)

    def __repr__(self):
        return f"Playlist({self.name!r}, {len(self)} tracks, {self.duration})"


DATA = """Blue in Green|Miles Davis|337
So What|Miles Davis|562
Naima|John Coltrane|261
Take Five|Dave Brubeck|324
Round Midnight|Thelonious Monk|383
Moanin|Art Blakey|575"""

jazz = Playlist("jazz", (Track(t, a, int(s)) for t, a, s in (l.split("|") for l in DATA.splitlines())))
print(jazz)
print("first:", jazz[0], "| last:", jazz[-1])
print("slice 1:4 ->", jazz[1:4], [t.title for t in jazz[1:4]])
print("every other:", [t.title for t in jazz[::2]])
print("'Naima' in jazz:", "Naima" in jazz, "| 'Giant Steps' in jazz:", "Giant Steps" in jazz)
mix = jazz[:2] + jazz[-2:]
print("mix:", mix)
for i, t in enumerate(jazz.shuffled(seed=7), 1):
    print(f"  {i}. {t}")
by_artist: dict[str, int] = {}
for t in jazz:
    by_artist[t.artist] = by_artist.get(t.artist, 0) + 1
print("tracks per artist:", by_artist)
try:
    jazz[10]
except IndexError as e:
    print("IndexError:", e)
