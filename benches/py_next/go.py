# Go: a simplified Go engine doing Monte Carlo playouts on a 9x9 board. Square objects
# with neighbour lists, flood-fill group/liberty counting, captures, a simple ko rule,
# eye detection, and area scoring; moves come from a hand-written LCG.

SIZE = 9
EMPTY, BLACK, WHITE = 0, 1, 2
PASS = -1


class LCG:
    def __init__(self, seed):
        self.state = seed

    def randrange(self, n):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        return (self.state >> 33) % n


class Square:
    def __init__(self, board, pos):
        self.board = board
        self.pos = pos
        self.colour = EMPTY
        self.neighbours = []

    def set_neighbours(self):
        x, y = self.pos % SIZE, self.pos // SIZE
        for dx, dy in ((-1, 0), (1, 0), (0, -1), (0, 1)):
            nx, ny = x + dx, y + dy
            if 0 <= nx < SIZE and 0 <= ny < SIZE:
                self.neighbours.append(self.board.squares[ny * SIZE + nx])


class Board:
    def __init__(self):
        self.squares = [Square(self, p) for p in range(SIZE * SIZE)]
        for sq in self.squares:
            sq.set_neighbours()
        self.reset()

    def reset(self):
        for sq in self.squares:
            sq.colour = EMPTY
        self.empties = set(range(SIZE * SIZE))
        self.colour = BLACK
        self.ko = None
        self.passes = 0
        self.moves = 0
        self.captured = {BLACK: 0, WHITE: 0}

    def group(self, sq):
        colour = sq.colour
        stones = [sq]
        seen = {sq.pos}
        liberties = set()
        i = 0
        while i < len(stones):
            s = stones[i]
            i += 1
            for n in s.neighbours:
                if n.colour == EMPTY:
                    liberties.add(n.pos)
                elif n.colour == colour and n.pos not in seen:
                    seen.add(n.pos)
                    stones.append(n)
        return stones, liberties

    def is_eye(self, sq, colour):
        for n in sq.neighbours:
            if n.colour != colour:
                return False
        return True

    def legal(self, pos):
        if pos == self.ko:
            return False
        sq = self.squares[pos]
        if sq.colour != EMPTY:
            return False
        if self.is_eye(sq, self.colour):
            return False
        opp = 3 - self.colour
        for n in sq.neighbours:
            if n.colour == EMPTY:
                return True
        # No empty neighbour: legal if it captures, or connects to a group with another liberty.
        sq.colour = self.colour
        ok = False
        for n in sq.neighbours:
            if n.colour == opp:
                _, libs = self.group(n)
                if not libs:
                    ok = True
                    break
        if not ok:
            _, libs = self.group(sq)
            ok = len(libs) > 0
        sq.colour = EMPTY
        return ok

    def play(self, pos):
        if pos == PASS:
            self.passes += 1
            self.ko = None
            self.colour = 3 - self.colour
            return
        self.passes = 0
        self.moves += 1
        sq = self.squares[pos]
        sq.colour = self.colour
        self.empties.discard(pos)
        opp = 3 - self.colour
        removed = []
        for n in sq.neighbours:
            if n.colour == opp:
                stones, libs = self.group(n)
                if not libs:
                    for s in stones:
                        s.colour = EMPTY
                        self.empties.add(s.pos)
                        removed.append(s.pos)
        self.captured[self.colour] += len(removed)
        if len(removed) == 1:
            self.ko = removed[0]
        else:
            self.ko = None
        self.colour = opp

    def random_move(self, rng):
        candidates = sorted(self.empties)
        n = len(candidates)
        if n == 0:
            return PASS
        start = rng.randrange(n)
        for i in range(n):
            pos = candidates[(start + i) % n]
            if self.legal(pos):
                return pos
        return PASS

    def score(self, komi=7.5):
        black = 0
        white = 0
        for sq in self.squares:
            if sq.colour == BLACK:
                black += 1
            elif sq.colour == WHITE:
                white += 1
            else:
                around = {n.colour for n in sq.neighbours}
                if around == {BLACK}:
                    black += 1
                elif around == {WHITE}:
                    white += 1
        return black - white - komi

    def key(self):
        return "".join(".XO"[sq.colour] for sq in self.squares)


def playout(board, rng, first):
    board.reset()
    board.play(first)
    while board.passes < 2 and board.moves < SIZE * SIZE * 3:
        board.play(board.random_move(rng))
    return board.score()


def main():
    rng = LCG(42)
    board = Board()
    wins = {}
    visits = {}
    total_moves = 0
    checksum = 0
    for g in range(GAMES):
        first = rng.randrange(SIZE * SIZE)
        s = playout(board, rng, first)
        total_moves += board.moves
        visits[first] = visits.get(first, 0) + 1
        if s > 0:
            wins[first] = wins.get(first, 0) + 1
        key = board.key()
        checksum = (checksum * 7 + key.count("X") * 3 + key.count("O") + key.find("XO")) % 1000000007
    best = max(visits, key=lambda p: (wins.get(p, 0) / visits[p], visits[p], -p))
    black_wins = sum(wins.values())
    print("go", GAMES, total_moves, black_wins, best, checksum,
          board.captured[BLACK], board.captured[WHITE])


GAMES = 60
main()
