# area: err: agent loop indexes a tool-result dict by a tool name that never ran (KeyError from nested lookup)
results = {}
plan = [("search", "python dataclasses"), ("summarise", "search"), ("translate", "summarise"), ("email", "translat")]
for tool, arg in plan:
    if tool == "search":
        results[tool] = f"3 hits for {arg!r}"
    else:
        source = results[arg]
        results[tool] = f"{tool}({source[:20]})"
    print(f"{tool:<10} -> {results[tool]}")
