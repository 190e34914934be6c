# area: classes: singly linked list with __iter__, __len__, __getitem__, __contains__, reverse and repr
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self._len = 0
        for x in reversed(list(items)):
            self.push(x)
    def push(self, value):
        self.head = Node(value, self.head)
        self._len += 1
    def pop(self):
        if self.head is None:
            raise IndexError("pop from empty LinkedList")
        node = self.head
        self.head = node.next
        self._len -= 1
        return node.value
    def __iter__(self):
        out = []
        node = self.head
        while node:
            out.append(node.value)
            node = node.next
        return iter(out)
    def __len__(self):
        return self._len
    def __getitem__(self, i):
        if i < 0:
            i += len(self)
        for j, v in enumerate(self):
            if j == i:
                return v
        raise IndexError("LinkedList index out of range")
    def __contains__(self, v):
        return any(x == v for x in self)
    def reverse(self):
        prev, node = None, self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev
    def __repr__(self):
        return "LinkedList([" + ", ".join(repr(v) for v in self) + "])"

ll = LinkedList([1, 2, 3, "four"])
print(ll, len(ll), ll[0], ll[-1], 3 in ll, 9 in ll)
ll.push(0)
ll.reverse()
print(ll, list(ll), sum(x for x in ll if isinstance(x, int)))
print(ll.pop(), ll.pop(), ll)
try:
    ll[10]
except IndexError as e:
    print("IndexError:", e)
empty = LinkedList()
print(bool(empty), len(empty), list(empty))
try:
    empty.pop()
except IndexError as e:
    print("IndexError:", e)
print(sorted(LinkedList([5, 3, 9, 1])), max(LinkedList("hello")))
