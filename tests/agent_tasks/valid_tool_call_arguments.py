# task: validate an LLM agent's tool-call arguments against declared tool specs before dispatching them
import json
from typing import Any

TOOLS = {
    "search_web": {"query": (str, True), "max_results": (int, False), "site": (str, False)},
    "send_email": {"to": (list, True), "subject": (str, True), "body": (str, True), "cc": (list, False)},
    "get_weather": {"city": (str, True), "units": (str, False)},
}
ENUMS = {("get_weather", "units"): {"metric", "imperial"}}
LIMITS = {("search_web", "max_results"): (1, 20)}

TOOL_CALLS = """[
 {"name": "search_web", "arguments": "{\\"query\\": \\"rust gc design\\", \\"max_results\\": 5}"},
 {"name": "search_web", "arguments": "{\\"query\\": \\"\\", \\"max_results\\": 50}"},
 {"name": "send_email", "arguments": "{\\"to\\": \\"bob@x.io\\", \\"subject\\": \\"Hi\\"}"},
 {"name": "get_weather", "arguments": "{\\"city\\": \\"Paris\\", \\"units\\": \\"kelvin\\"}"},
 {"name": "delete_repo", "arguments": "{}"},
 {"name": "get_weather", "arguments": "{city: Paris}"},
 {"name": "send_email", "arguments": "{\\"to\\": [\\"a@x.io\\"], \\"subject\\": \\"Re\\", \\"body\\": \\"ok\\", \\"bcc\\": []}"}
]"""


class ToolCallError(Exception):
    pass


def validate_call(call: dict) -> dict[str, Any]:
    name = call["name"]
    if name not in TOOLS:
        raise ToolCallError(f"unknown tool {name!r}; available: {', '.join(sorted(TOOLS))}")
    try:
        args = json.loads(call["arguments"])
    except json.JSONDecodeError as e:
        raise ToolCallError(f"arguments are not valid JSON ({e.msg} at pos {e.pos})") from e
    spec = TOOLS[name]
    problems = []
    for param, (typ, required) in spec.items():
        if param not in args:
            if required:
                problems.append(f"missing required '{param}'")
            continue
        value = args[param]
        if not isinstance(value, typ):
            problems.append(f"'{param}' should be {typ.__name__}, got {type(value).__name__}")
        elif typ is str and required and not value.strip():
            problems.append(f"'{param}' must not be empty")
        elif (name, param) in ENUMS and value not in ENUMS[(name, param)]:
            problems.append(f"'{param}' must be one of {sorted(ENUMS[(name, param)])}")
        elif (name, param) in LIMITS:
            lo, hi = LIMITS[(name, param)]
            if not lo <= value <= hi:
                problems.append(f"'{param}'={value} outside [{lo}, {hi}]")
    problems += [f"unexpected argument '{k}'" for k in args if k not in spec]
    if problems:
        raise ToolCallError("; ".join(problems))
    return args


for i, call in enumerate(json.loads(TOOL_CALLS)):
    try:
        args = validate_call(call)
        print(f"#{i} {call['name']}: dispatch with {args}")
    except ToolCallError as e:
        print(f"#{i} {call['name']}: REFUSED - {e}")
