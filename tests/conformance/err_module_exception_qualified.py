# An uncaught exception of a module's class prints with its module, as CPython's last stderr line does.
import json

try:
    json.loads('{"a": }')
except json.JSONDecodeError as e:
    print(type(e).__name__, e.__module__ if hasattr(e, "__module__") else None, e.pos)
json.loads('[1, 2')
