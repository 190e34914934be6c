# task: parse semantic version strings, sort them with prerelease precedence and pick the latest stable
import re
from dataclasses import dataclass
from functools import total_ordering

SEMVER = re.compile(
    r"^v?(?P<major>0|[1-9]\d*)\.(?P<minor>0|[1-9]\d*)\.(?P<patch>0|[1-9]\d*)"
    r"(?:-(?P<pre>[0-9A-Za-z.-]+))?(?:\+(?P<build>[0-9A-Za-z.-]+))?$"
)


@total_ordering
@dataclass(frozen=True)
class Version:
    major: int
    minor: int
    patch: int
    pre: tuple = ()
    build: str = ""

    @classmethod
    def parse(cls, text: str) -> "Version":
        m = SEMVER.match(text.strip())
        if not m:
            raise ValueError(f"invalid semver: {text!r}")
        pre = tuple(int(p) if p.isdigit() else p for p in m["pre"].split(".")) if m["pre"] else ()
        return cls(int(m["major"]), int(m["minor"]), int(m["patch"]), pre, m["build"] or "")

    def _key(self):
        # a release sorts after all of its prereleases; numeric identifiers sort before alphanumeric
        pre_key = tuple((0, p, "") if isinstance(p, int) else (1, 0, p) for p in self.pre)
        return (self.major, self.minor, self.patch, not self.pre, pre_key)

    def __eq__(self, other):
        return self._key() == other._key()

    def __lt__(self, other):
        return self._key() < other._key()

    def __hash__(self):
        return hash(self._key())

    def __str__(self):
        s = f"{self.major}.{self.minor}.{self.patch}"
        if self.pre:
            s += "-" + ".".join(map(str, self.pre))
        return s + (f"+{self.build}" if self.build else "")


tags = ["v1.0.0", "1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-beta", "1.0.0-alpha.beta", "1.0.0-beta.11",
        "1.0.0-beta.2", "1.0.0-rc.1", "2.1.3", "2.1.10", "2.10.0-rc.1+build.5", "1.2", "01.2.3",
        "2.1.3+meta", "0.9.12"]

versions = []
for tag in tags:
    try:
        versions.append(Version.parse(tag))
    except ValueError as e:
        print("skip:", e)

ordered = sorted(versions)
print("ascending:", ", ".join(str(v) for v in ordered))
stable = [v for v in versions if not v.pre]
print("latest stable:", max(stable))
print("latest overall:", max(versions))
print("2.1.3 == 2.1.3+meta ->", Version.parse("2.1.3") == Version.parse("2.1.3+meta"))
print("distinct precedence levels:", len(set(versions)))
