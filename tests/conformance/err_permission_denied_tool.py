# area: err: a sandboxed tool call without the right scope raises PermissionError
GRANTS = {"search": {"read"}, "files": {"read"}, "email": set()}

def call(tool, action):
    if action not in GRANTS.get(tool, set()):
        raise PermissionError(f"tool {tool!r} is not allowed to {action}")
    return f"{tool}.{action} ok"

print(call("search", "read"))
print(call("files", "read"))
print(call("files", "write"))
