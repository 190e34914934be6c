# Hexiom: a hexagonal tile-placement puzzle solver. Each tile carries the number of
# occupied neighbours it must end up with; the solver places a multiset of tiles on a
# hex board by backtracking with bound propagation, counting every solution.

class LCG:
    def __init__(self, seed):
        self.state = seed

    def randrange(self, n):
        self.state = (self.state * 214013 + 2531011) % 4294967296
        return (self.state >> 16) % n


class HexBoard:
    def __init__(self, size):
        self.size = size
        self.cells = []
        for r in range(-(size - 1), size):
            for q in range(-(size - 1), size):
                if abs(q + r) <= size - 1:
                    self.cells.append((q, r))
        index = {c: i for i, c in enumerate(self.cells)}
        self.neighbours = []
        for q, r in self.cells:
            ns = []
            for dq, dr in ((1, 0), (-1, 0), (0, 1), (0, -1), (1, -1), (-1, 1)):
                j = index.get((q + dq, r + dr))
                if j is not None:
                    ns.append(j)
            self.neighbours.append(tuple(ns))

    def render(self, values):
        out = []
        for i, v in enumerate(values):
            out.append("." if v is None or v < 0 else str(v))
        return "".join(out)


EMPTY = -1
UNSET = None


class Solver:
    def __init__(self, board, tiles, locked):
        self.board = board
        self.n = len(board.cells)
        self.counts = [0] * 7
        for t in tiles:
            self.counts[t] += 1
        self.empties = self.n - len(tiles)
        self.values = [UNSET] * self.n
        self.locked = locked
        self.solutions = []
        self.nodes = 0
        # Fill order: most-connected cells first, a stable tie-break by index.
        self.order = sorted(range(self.n), key=lambda i: (-len(board.neighbours[i]), i))

    def consistent(self, i):
        """Check the cell i and its neighbours against their numbers."""
        values = self.values
        for j in (i,) + self.board.neighbours[i]:
            v = values[j]
            if v is UNSET or v == EMPTY:
                continue
            occupied = 0
            unknown = 0
            for k in self.board.neighbours[j]:
                w = values[k]
                if w is UNSET:
                    unknown += 1
                elif w != EMPTY:
                    occupied += 1
            if occupied > v or occupied + unknown < v:
                return False
        return True

    def place(self, depth):
        self.nodes += 1
        if depth == self.n:
            self.solutions.append(self.board.render(self.values))
            return
        i = self.order[depth]
        if i in self.locked:
            self.values[i] = self.locked[i]
            if self.consistent(i):
                self.place(depth + 1)
            self.values[i] = UNSET
            return
        if self.empties > 0:
            self.empties -= 1
            self.values[i] = EMPTY
            if self.consistent(i):
                self.place(depth + 1)
            self.empties += 1
        maxv = len(self.board.neighbours[i])
        for v in range(maxv + 1):
            if self.counts[v] == 0:
                continue
            self.counts[v] -= 1
            self.values[i] = v
            if self.consistent(i):
                self.place(depth + 1)
            self.counts[v] += 1
        self.values[i] = UNSET


def make_puzzle(board, rng, fill_percent):
    occupied = [rng.randrange(100) < fill_percent for _ in board.cells]
    values = []
    for i, occ in enumerate(occupied):
        if occ:
            values.append(sum(1 for j in board.neighbours[i] if occupied[j]))
        else:
            values.append(EMPTY)
    tiles = sorted(v for v in values if v != EMPTY)
    locked = {}
    for i, v in enumerate(values):
        if rng.randrange(100) < 25:
            locked[i] = v
    return tiles, locked, board.render(values)


def main():
    board = HexBoard(3)
    rng = LCG(2024)
    total_solutions = 0
    total_nodes = 0
    found_original = 0
    digest = 0
    for p in range(PUZZLES):
        tiles, locked, original = make_puzzle(board, rng, 55)
        solver = Solver(board, tiles, locked)
        solver.place(0)
        total_solutions += len(solver.solutions)
        total_nodes += solver.nodes
        if original in solver.solutions:
            found_original += 1
        for s in sorted(solver.solutions)[:3]:
            for ch in s:
                digest = (digest * 31 + ord(ch)) % 1000000007
    print("hexiom", PUZZLES, total_solutions, total_nodes, found_original, digest)


PUZZLES = 4
main()
