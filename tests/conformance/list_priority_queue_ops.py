# area: list: stack/queue operations, insert/pop/remove, slicing assignment, sort stability and in-place reversal
tasks = []
for name, pri in [("write", 2), ("test", 1), ("review", 2), ("deploy", 3), ("plan", 1)]:
    tasks.append((pri, name))
print(tasks)
tasks.sort(key=lambda t: t[0])
print("stable by priority:", [n for _, n in tasks])
stack = []
for t in tasks:
    stack.append(t[1])
print("pop order:", [stack.pop() for _ in range(len(stack))])
queue = [n for _, n in tasks]
queue.insert(0, "urgent")
queue.insert(100, "last")
queue.insert(-1, "before-last")
print(queue, queue.index("review"), queue.count("test"))
queue.remove("test")
del queue[1:3]
print(queue)
queue[1:2] = ["x", "y", "z"]
print(queue)
queue[::2] = [s.upper() for s in queue[::2]]
print(queue)
queue.reverse()
print(queue, queue[-2:], queue[:-5])
matrix = [[0] * 3 for _ in range(3)]
matrix[1][1] = 5
alias = [[0] * 3] * 3
alias[1][1] = 5
print(matrix, alias)
nums = [5, 3, 8, 1, 9, 2]
nums[1:4] = sorted(nums[1:4], reverse=True)
print(nums, nums.pop(2), nums.pop(), nums)
a = [1, 2]
b = a
a += [3]
a = a + [4]
print(a, b, a is b)
words = "banana Apple cherry apple Banana".split()
print(sorted(words), sorted(words, key=str.casefold), sorted(words, key=lambda w: (w.lower(), w)))
print(list(map(list, zip(*[[1, 2, 3], [4, 5, 6]]))))
print([x for pair in zip("abc", "123") for x in pair])
empty = []
print(empty[:5], empty[-1:], (empty or ["default"])[0])
