# list: using a list as a stack and as a queue
stack = []
for x in [1, 2, 3, 4]:
    stack.append(x)
while stack:
    print("pop", stack.pop())
queue = ["a", "b", "c"]
queue.append("d")
order = []
while len(queue) > 0:
    item = queue.pop(0)
    order.append(item)
    if item == "b":
        queue.append("e")
print(order)
def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = []
    for ch in s:
        if ch in "([{":
            st.append(ch)
        elif ch in pairs:
            if not st or st.pop() != pairs[ch]:
                return False
    return not st
for s in ["([]{})", "([)]", "((", ""]:
    print(repr(s), balanced(s))
