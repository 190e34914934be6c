# area: err: raise ... from e; CPython reports the outer exception last
def load(cfg, key):
    try:
        return int(cfg[key])
    except KeyError as e:
        raise LookupError(f"config key {key} not set") from e

cfg = {"retries": "3", "timeout": "30s"}
print(load(cfg, "retries"))
try:
    load(cfg, "timeout")
except ValueError as e:
    print("caught:", e)
load(cfg, "port")
