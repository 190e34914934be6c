# builtin: any and all over lists, strings and empty iterables
print(any([]), all([]))
print(any([0, "", None]), any([0, "x"]))
print(all([1, "a", [0]]), all([1, 0]))
print(any("abc"), all(""))
nums = [2, 4, 6, 7]
print(all([n % 2 == 0 for n in nums]), any([n > 6 for n in nums]))
print(any([x for x in range(0)]), all([True] * 3))
words = ["Alpha", "beta"]
print(any([w[0].isupper() for w in words]), all([w.isalpha() for w in words]))
print(any(range(3)), all(range(1, 3)))
