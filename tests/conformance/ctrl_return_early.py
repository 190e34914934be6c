# ctrl: early returns from inside loops and nested branches
def find_first_negative(nums):
    for i, n in enumerate(nums):
        if n < 0:
            return i, n
    return None
print(find_first_negative([3, 1, -4, -1]))
print(find_first_negative([1, 2]))
def search(grid, target):
    for r in range(len(grid)):
        for c in range(len(grid[r])):
            if grid[r][c] == target:
                return (r, c)
    return (-1, -1)
g = [[1, 2], [3, 4], [5, 6]]
print(search(g, 4), search(g, 7))
def check(x):
    if x > 0:
        if x > 100:
            return "huge"
        return "positive"
    print("falling through for", x)
print(check(500), check(5), check(-1))
