# area: realistic agent script: recursive walk of a nested file-tree dict computing sizes and printing a tree
tree = {
    "name": "project", "children": [
        {"name": "README.md", "size": 1200},
        {"name": "src", "children": [
            {"name": "main.py", "size": 4300},
            {"name": "util.py", "size": 800},
            {"name": "pkg", "children": [
                {"name": "__init__.py", "size": 0},
                {"name": "core.py", "size": 9100},
            ]},
        ]},
        {"name": "tests", "children": [
            {"name": "test_main.py", "size": 2100},
        ]},
        {"name": "empty", "children": []},
    ],
}

def total_size(node):
    if "children" not in node:
        return node["size"]
    return sum(total_size(c) for c in node["children"])

def render(node, prefix="", last=True, depth=0):
    connector = "" if depth == 0 else ("`-- " if last else "|-- ")
    is_dir = "children" in node
    label = node["name"] + ("/" if is_dir else "")
    print(f"{prefix}{connector}{label} ({total_size(node)} B)")
    if is_dir:
        kids = sorted(node["children"], key=lambda c: ("children" not in c, c["name"]))
        ext = "" if depth == 0 else ("    " if last else "|   ")
        for i, child in enumerate(kids):
            render(child, prefix + ext, i == len(kids) - 1, depth + 1)

render(tree)

def find(node, pred, path=()):
    path = path + (node["name"],)
    if pred(node):
        yield "/".join(path)
    for child in node.get("children", []):
        yield from find(child, pred, path)

print("python files:", list(find(tree, lambda n: n["name"].endswith(".py"))))
print("empty dirs:", list(find(tree, lambda n: n.get("children") == [])))
print("big files:", [p for p in find(tree, lambda n: n.get("size", 0) > 2000)])

def depth(node):
    return 1 + max((depth(c) for c in node.get("children", [])), default=0)
print("depth:", depth(tree))
