# area: err: a recursive walk over a nested tree hits a node missing its 'children' key
tree = {"name": "root", "children": [
    {"name": "a", "children": []},
    {"name": "b", "children": [{"name": "b1", "children": []}, {"name": "b2"}]},
]}

def count(node, depth=0):
    print("  " * depth + node["name"])
    return 1 + sum(count(c, depth + 1) for c in node["children"])

print(count(tree))
