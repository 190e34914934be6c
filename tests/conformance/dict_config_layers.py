# area: dict: layered configuration lookup (defaults < file < env < cli) with provenance tracking and type coercion
DEFAULTS = {"host": "127.0.0.1", "port": 8000, "debug": False, "workers": 2, "log_level": "info"}
FILE = {"port": 8080, "workers": 4, "db_url": "sqlite:///app.db"}
ENV = {"APP_DEBUG": "true", "APP_WORKERS": "8", "APP_UNRELATED": "x", "HOME": "/root"}
CLI = ["--port=9000", "--log-level", "debug", "--no-debug"]

def from_env(env, prefix="APP_"):
    return {k[len(prefix):].lower(): v for k, v in env.items() if k.startswith(prefix)}

def from_cli(args):
    out, i = {}, 0
    while i < len(args):
        a = args[i]
        if a.startswith("--no-"):
            out[a[5:].replace("-", "_")] = False
        elif "=" in a:
            k, v = a[2:].split("=", 1)
            out[k.replace("-", "_")] = v
        else:
            out[a[2:].replace("-", "_")] = args[i + 1]
            i += 1
        i += 1
    return out

def coerce(value, like):
    if isinstance(like, bool):
        return value if isinstance(value, bool) else str(value).lower() in ("1", "true", "yes", "on")
    if isinstance(like, int):
        return int(value)
    return value

layers = [("default", DEFAULTS), ("file", FILE), ("env", from_env(ENV)), ("cli", from_cli(CLI))]
config, source = {}, {}
for name, layer in layers:
    for k, v in layer.items():
        config[k] = coerce(v, DEFAULTS[k]) if k in DEFAULTS else v
        source[k] = name
width = max(map(len, config))
for k in sorted(config):
    print(f"{k:<{width}} = {config[k]!r:<20} ({source[k]})")
print({name: sorted(layer) for name, layer in layers})
overridden = {k: [n for n, l in layers if k in l] for k in config if sum(k in l for _, l in layers) > 1}
print(overridden)
