# area: err: a custom __repr__ raising inside print propagates the error out of print
class Node:
    def __init__(self, name, parent=None):
        self.name, self.parent = name, parent
    def __repr__(self):
        if self.parent is None:
            return f"Node({self.name})"
        return f"Node({self.name} <- {self.parent.name.upper()})"

root = Node("root")
child = Node("child", root)
print(root, child)
orphan = Node("orphan", parent="not-a-node")
print(orphan)
