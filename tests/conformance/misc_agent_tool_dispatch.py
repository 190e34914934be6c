# area: realistic agent script: parse tool-call JSON from a model, validate args against a schema, dispatch and collect results
import json

SCHEMAS = {
    "add": {"a": (int, float), "b": (int, float)},
    "upper": {"text": str},
    "lookup": {"key": str},
}
KB = {"capital:fr": "Paris", "capital:no": "Oslo"}

class ToolCallError(Exception):
    pass

def check_args(name, args):
    schema = SCHEMAS.get(name)
    if schema is None:
        raise ToolCallError(f"unknown tool {name!r}")
    missing = [k for k in schema if k not in args]
    extra = [k for k in args if k not in schema]
    if missing or extra:
        raise ToolCallError(f"{name}: missing={missing} extra={extra}")
    for k, types in schema.items():
        if not isinstance(args[k], types) or isinstance(args[k], bool):
            raise ToolCallError(f"{name}: arg {k!r} has type {type(args[k]).__name__}")

def run_tool(name, args):
    if name == "add":
        return args["a"] + args["b"]
    if name == "upper":
        return args["text"].upper()
    if name == "lookup":
        return KB[args["key"]]

MODEL_OUTPUT = """
{"calls": [
  {"id": "c1", "tool": "add", "args": {"a": 2, "b": 40}},
  {"id": "c2", "tool": "upper", "args": {"text": "done"}},
  {"id": "c3", "tool": "lookup", "args": {"key": "capital:no"}},
  {"id": "c4", "tool": "lookup", "args": {"key": "capital:xx"}},
  {"id": "c5", "tool": "add", "args": {"a": "2", "b": 1}},
  {"id": "c6", "tool": "delete_all", "args": {}},
  {"id": "c7", "tool": "add", "args": {"a": 1}},
  {"id": "c8", "tool": "add", "args": {"a": true, "b": 1}}
]}
"""
results = []
for call in json.loads(MODEL_OUTPUT)["calls"]:
    entry = {"id": call["id"]}
    try:
        check_args(call["tool"], call["args"])
        entry["ok"] = run_tool(call["tool"], call["args"])
    except ToolCallError as e:
        entry["error"] = f"invalid call: {e}"
    except KeyError as e:
        entry["error"] = f"not found: {e.args[0]}"
    results.append(entry)
for r in results:
    print(json.dumps(r))
ok = sum("ok" in r for r in results)
print(f"{ok}/{len(results)} calls succeeded")
print(json.dumps({"tool_results": results[:2]}, separators=(",", ":")))
