# task: coerce feature-flag values from environment-style strings, rejecting ambiguous ones with a report
from dataclasses import dataclass

RAW_FLAGS = {
    "ENABLE_CACHE": "true",
    "DEBUG": "0",
    "USE_NEW_UI": "Yes",
    "BETA_USERS_ONLY": "off",
    "DARK_MODE": " ON ",
    "SEND_EMAILS": "sometimes",
    "LOG_SQL": "",
    "RATE_LIMIT": "100",
    "MAINTENANCE": "False",
}

TRUTHY = frozenset({"1", "true", "yes", "on", "y", "t", "enabled"})
FALSY = frozenset({"0", "false", "no", "off", "n", "f", "disabled", ""})


class FlagError(ValueError):
    def __init__(self, name: str, raw: str):
        super().__init__(f"{name}: cannot interpret {raw!r} as a boolean")
        self.name = name
        self.raw = raw


@dataclass
class FlagResult:
    name: str
    value: bool
    raw: str

    def describe(self) -> str:
        mark = "x" if self.value else " "
        return f"[{mark}] {self.name:<16} (from {self.raw!r})"


def parse_flag(name: str, raw: str) -> FlagResult:
    key = raw.strip().lower()
    if key in TRUTHY:
        return FlagResult(name, True, raw)
    if key in FALSY:
        return FlagResult(name, False, raw)
    raise FlagError(name, raw)


results, errors = [], []
for name, raw in RAW_FLAGS.items():
    try:
        results.append(parse_flag(name, raw))
    except FlagError as err:
        errors.append(err)

for r in sorted(results, key=lambda r: (not r.value, r.name)):
    print(r.describe())
print(f"\n{sum(r.value for r in results)} enabled, {sum(not r.value for r in results)} disabled")
for err in errors:
    print(f"{type(err).__name__}: {err} (flag {err.name})")
config = {r.name.lower(): r.value for r in results}
print(config)
