# lambda: lambdas as sort keys for sorted and list.sort
people = [("ann", 31), ("bob", 25), ("cyd", 31), ("dee", 19)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: -p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
words = ["kiwi", "fig", "banana", "apple", "Date"]
print(sorted(words, key=lambda w: (len(w), w.lower())))
print(sorted(words, key=lambda w: w[-1]))
nums = [-5, 3, -1, 4, 0]
nums.sort(key=lambda n: abs(n), reverse=True)
print(nums)
