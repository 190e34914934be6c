# task: interpret a key-value command script with nested BEGIN/ROLLBACK/COMMIT transactions
SCRIPT = """
SET user:1 alice
SET user:2 bob
COUNT alice
BEGIN
  SET user:1 carol
  DELETE user:2
  GET user:2
  BEGIN
    SET user:3 alice
    COUNT alice
  ROLLBACK
  GET user:3
  INCR visits
  INCR visits
COMMIT
GET user:1
GET visits
ROLLBACK
BEGIN
  SET temp x
  DELETE nope
ROLLBACK
GET temp
FROB x
SET onlykey
"""

_MISSING = object()


class KVStore:
    def __init__(self):
        self.data: dict[str, str] = {}
        self.undo_logs: list[dict[str, object]] = []

    def _remember(self, key: str) -> None:
        if self.undo_logs and key not in self.undo_logs[-1]:
            self.undo_logs[-1][key] = self.data.get(key, _MISSING)

    def execute(self, line: str) -> str | None:
        cmd, *args = line.split()
        match cmd.upper(), args:
            case "SET", [key, value]:
                self._remember(key)
                self.data[key] = value
            case "GET", [key]:
                return self.data.get(key, "NULL")
            case "DELETE", [key]:
                if key not in self.data:
                    return "NOT FOUND"
                self._remember(key)
                del self.data[key]
            case "INCR", [key]:
                self._remember(key)
                self.data[key] = str(int(self.data.get(key, "0")) + 1)
                return self.data[key]
            case "COUNT", [value]:
                return str(sum(1 for v in self.data.values() if v == value))
            case "BEGIN", []:
                self.undo_logs.append({})
            case "ROLLBACK", []:
                if not self.undo_logs:
                    return "NO TRANSACTION"
                for key, old in self.undo_logs.pop().items():
                    if old is _MISSING:
                        self.data.pop(key, None)
                    else:
                        self.data[key] = old
            case "COMMIT", []:
                if not self.undo_logs:
                    return "NO TRANSACTION"
                self.undo_logs.clear()
            case ("SET" | "GET" | "DELETE" | "INCR" | "COUNT"), _:
                return f"ERR wrong number of arguments for {cmd}"
            case _:
                return f"ERR unknown command {cmd!r}"
        return None


store = KVStore()
for raw in SCRIPT.strip().splitlines():
    depth = len(store.undo_logs)
    out = store.execute(raw.strip())
    shown = f" => {out}" if out is not None else ""
    print(f"[{depth}] {raw.strip()}{shown}")
print("final data:", dict(sorted(store.data.items())))
