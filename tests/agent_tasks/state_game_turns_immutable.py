# task: play a deterministic tic-tac-toe match with immutable frozen-dataclass game states and replace()
from dataclasses import dataclass, replace
from typing import Optional

LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]


@dataclass(frozen=True)
class Game:
    board: tuple = (" ",) * 9
    turn: str = "X"
    moves: int = 0

    @property
    def winner(self) -> Optional[str]:
        for a, b, c in LINES:
            if self.board[a] != " " and self.board[a] == self.board[b] == self.board[c]:
                return self.board[a]
        return None

    @property
    def over(self) -> bool:
        return self.winner is not None or " " not in self.board

    def play(self, cell: int) -> "Game":
        if self.over:
            raise ValueError("game is over")
        if self.board[cell] != " ":
            raise ValueError(f"cell {cell} already taken by {self.board[cell]}")
        board = self.board[:cell] + (self.turn,) + self.board[cell + 1:]
        return replace(self, board=board, turn="O" if self.turn == "X" else "X", moves=self.moves + 1)

    def render(self) -> str:
        rows = [" | ".join(self.board[i:i + 3]) for i in (0, 3, 6)]
        return "\n".join(f"  {r}" for r in rows)


def choose(game: Game) -> int:
    """Simple policy: win, block, center, corner, side."""
    me, them = game.turn, "O" if game.turn == "X" else "X"
    for player in (me, them):
        for line in LINES:
            vals = [game.board[i] for i in line]
            if vals.count(player) == 2 and vals.count(" ") == 1:
                return line[vals.index(" ")]
    for cell in (4, 0, 2, 6, 8, 1, 3, 5, 7):
        if game.board[cell] == " ":
            return cell
    raise RuntimeError("no moves")


history = [Game().play(0)]          # X opens in a corner
while not history[-1].over:
    g = history[-1]
    history.append(g.play(choose(g)))

for i, g in enumerate(history, 1):
    print(f"move {i}: {'XO'[(i - 1) % 2]} -> board now")
    print(g.render())
final = history[-1]
print("result:", f"{final.winner} wins" if final.winner else "draw", "after", final.moves, "moves")
try:
    history[2].play(0)
except ValueError as e:
    print("error:", e)
print("earlier states untouched:", history[0].moves, history[0].board.count(" "))
print("states hashable & distinct:", len(set(history)) == len(history))
