# N-Queens: the pyperformance permutation-based solver. Every permutation of column
# positions is a candidate; a set comprehension over the diagonals filters valid boards.


def permutations(iterable, r=None):
    """A pure-Python permutations generator (the itertools recipe)."""
    pool = tuple(iterable)
    n = len(pool)
    if r is None:
        r = n
    indices = list(range(n))
    cycles = list(range(n - r + 1, n + 1))[::-1]
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


def n_queens(queen_count):
    cols = range(queen_count)
    for vec in permutations(cols):
        if (queen_count == len(set(vec[i] + i for i in cols))
                == len(set(vec[i] - i for i in cols))):
            yield vec


def main():
    for _ in range(ROUNDS - 1):
        list(n_queens(N))
    solutions = list(n_queens(N))
    check = 0
    for sol in solutions:
        for q in sol:
            check = (check * 10 + q) % 1000000007
    print("nqueens", N, ROUNDS, len(solutions), solutions[0], solutions[-1], check)


N = 8
ROUNDS = 3
main()
