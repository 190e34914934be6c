# area: slice: paging through results, negative steps, slice objects, slice assignment and deletion, string slicing
items = list(range(1, 24))
PAGE = 5
for page in range(0, len(items), PAGE):
    chunk = items[page:page + PAGE]
    print(f"page {page // PAGE + 1}: {chunk}")
print(items[-3:], items[:-20], items[::7], items[::-6], items[20:100], items[100:])
print(items[5:2], items[5:2:-1], items[-1:-4:-1], items[::-1][:3])
first_half = slice(None, len(items) // 2)
evens = slice(1, None, 2)
print(items[first_half], items[evens][:4], first_half, evens.start, evens.stop, evens.step)
s = "2024-06-30T12:34:56Z"
print(s[:4], s[5:7], s[8:10], s[11:-1], s[-1], s[::-1][:3], s[4::3])
buf = list("abcdefgh")
buf[2:5] = ["X"]
print("".join(buf))
buf[1:1] = ["1", "2"]
print("".join(buf))
del buf[::2]
print("".join(buf))
buf[-2:] = []
print("".join(buf), len(buf))
nums = list(range(10))
nums[::3] = [0] * len(nums[::3])
print(nums)
try:
    nums[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
tail = nums[7:]
tail[0] = 99
print(nums[7], tail)
text = "The quick brown fox"
words = text.split()
print(" ".join(w[::-1] for w in words), text[4:9].upper(), text[:3] + "..." + text[-3:])
print((1, 2, 3, 4)[1:3], range(10)[2:8:2], list(range(10)[::-3]), "abc"[5:], "abc"[-10:2])
