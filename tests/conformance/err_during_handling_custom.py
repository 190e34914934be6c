# area: err: a second exception inside an except block; CPython reports the new one last
class ToolError(Exception):
    pass

def call_tool(name):
    if name == "weather":
        return {"temp": 21}
    raise ToolError(f"unknown tool {name!r}")

for name in ["weather", "stocks"]:
    try:
        print(name, call_tool(name))
    except ToolError as e:
        print("fallback for", name, "because", e)
        fallback = {"weather": "sunny"}
        print(fallback[name])
