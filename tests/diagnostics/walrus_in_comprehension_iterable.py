# A walrus anywhere in a comprehension's iterable is a SyntaxError in CPython (found by tests/randomized.rs).
evens = [x for x in [(n := 4), 6]]
nested = [[z for z in [(m := 1)]] for w in [1]]
ok = [(k := x) for x in [1, 2] if (j := x)]
