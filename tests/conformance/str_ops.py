# str: repetition, concatenation, membership and comparison
print("ab" * 3, 3 * "cd", "x" * 0, repr("x" * -2))
print("foo" + "bar")
s = "hello"
s += " world"
print(s)
print("ell" in s, "xyz" in s, "" in s, "h" not in s)
print("apple" < "banana", "apple" < "Apple", "a" < "aa", "b" > "abc")
print("abc" == "abc", "abc" != "abd")
print(sorted(["pear", "Apple", "apple", "banana", "Banana"]))
print(min("zebra", "ant"), max(["b", "ab", "abc"]))
print("=" * 20)
