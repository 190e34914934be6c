# exc: ints past 64 bits as indexes and positions: IndexError, OverflowError or clamping, as in CPython (found by tests/randomized.rs)
big = 10**20
for obj in ["abc", "é☃ü", [1, 2], (1, 2), range(5)]:
    for idx in [big, -big]:
        try:
            obj[idx]
        except IndexError as e:
            print(type(obj).__name__, "IndexError", e)
for call in [lambda i: [1].pop(i), lambda i: [1].insert(i, 0), lambda i: 'a'.ljust(i),
             lambda i: 'a'.zfill(i), lambda i: 'abc'.split(',', i), lambda i: 'abc'.replace('a', 'b', i)]:
    for idx in [big, -big]:
        try:
            call(idx)
        except OverflowError as e:
            print("OverflowError", e)
for idx in [big, -big]:
    print('abcabc'.find('b', idx), 'abcabc'.rfind('c', 0, idx), 'abcabc'.count('a', idx, big),
          'abcabc'.startswith('a', idx), 'abcabc'.endswith('c', 0, idx), [1, 2, 1].count(1))
    try:
        print([1, 2, 1].index(1, idx), (1, 2, 1).index(1, -big, idx))
    except ValueError as e:
        print("ValueError", e)
    print("abc"[idx:], [1, 2][:idx], "abcdef"[::big], (1, 2, 3)[-big:big])
