# dict: nested dict/list structures, building and accessing them
config = {"server": {"host": "localhost", "ports": [80, 443]}, "debug": False}
print(config["server"]["ports"][1])
config["server"]["ports"].append(8080)
config["users"] = {"admin": {"roles": ["read", "write"]}}
print(config)
tree = {}
for path in ["a/b/c", "a/b/d", "a/e", "f"]:
    node = tree
    for part in path.split("/"):
        node = node.setdefault(part, {})
print(tree)
print(len(tree["a"]), list(tree["a"]["b"]))
