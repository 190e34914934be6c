# expect: killed memory
# Instances are charged to the job heap like any object.
class Node:
    def __init__(self, nxt):
        self.nxt = nxt
        self.pad = [0] * 64
n = None
while True:
    n = Node(n)
