# area: classes: generic tree with parent links, path(), depth, find(), iteration via explicit stack, and pretty printing
class TreeNode:
    def __init__(self, name, parent=None):
        self.name, self.parent, self.children = name, parent, []
        if parent:
            parent.children.append(self)
    def add(self, *names):
        for n in names:
            TreeNode(n, self)
        return self
    def child(self, name):
        return next(c for c in self.children if c.name == name)
    @property
    def depth(self):
        return 0 if self.parent is None else self.parent.depth + 1
    def path(self):
        parts, node = [], self
        while node:
            parts.append(node.name)
            node = node.parent
        return "/".join(reversed(parts))
    def walk(self):
        stack, out = [self], []
        while stack:
            node = stack.pop()
            out.append(node)
            stack.extend(reversed(node.children))
        return out
    def find(self, pred):
        return [n for n in self.walk() if pred(n)]
    def __repr__(self):
        return f"TreeNode({self.path()!r})"
    def render(self):
        return "\n".join("  " * n.depth + ("└ " if n.parent else "") + n.name for n in self.walk())

root = TreeNode("root").add("etc", "usr", "var")
root.child("etc").add("hosts", "nginx")
root.child("etc").child("nginx").add("nginx.conf", "sites")
root.child("usr").add("bin", "lib")
root.child("var").add("log")
root.child("var").child("log").add("syslog", "nginx")
print(root.render())
print(root.find(lambda n: n.name == "nginx"))
leaves = root.find(lambda n: not n.children)
print(len(leaves), max(leaves, key=lambda n: n.depth))
print({d: sum(1 for n in root.walk() if n.depth == d) for d in range(5)})
print([n.name for n in root.child("etc").walk()])
