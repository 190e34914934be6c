# task: print a game leaderboard with standard competition ranking for ties, per-player bests and rank changes
from dataclasses import dataclass, field
from functools import total_ordering


@total_ordering
@dataclass
class Player:
    name: str
    scores: list[int] = field(default_factory=list)

    @property
    def best(self) -> int:
        return max(self.scores, default=0)

    @property
    def total(self) -> int:
        return sum(self.scores)

    def __lt__(self, other: "Player") -> bool:
        return (self.total, self.best, other.name) < (other.total, other.best, self.name)


ROUNDS = [
    {"zed": 120, "amy": 150, "kit": 90, "bob": 150, "lia": 60},
    {"zed": 200, "amy": 110, "kit": 170, "bob": 80, "lia": 180},
    {"zed": 40, "amy": 95, "kit": 130, "bob": 150, "lia": 120},
]


def rank(players: list[Player]) -> list[tuple[int, Player]]:
    ordered = sorted(players, reverse=True)
    ranked, prev_total, prev_rank = [], None, 0
    for pos, p in enumerate(ordered, start=1):
        r = prev_rank if p.total == prev_total else pos
        ranked.append((r, p))
        prev_total, prev_rank = p.total, r
    return ranked


players = {name: Player(name) for name in ROUNDS[0]}
previous_ranks: dict[str, int] = {}
for round_no, results in enumerate(ROUNDS, start=1):
    for name, score in results.items():
        players[name].scores.append(score)
    table = rank(list(players.values()))
    print(f"after round {round_no}:")
    for r, p in table:
        move = ""
        if p.name in previous_ranks:
            delta = previous_ranks[p.name] - r
            move = "=" if delta == 0 else f"{delta:+d}"
        print(f"  {r:>2}. {p.name:<4} total {p.total:>4}  best {p.best:>3}  {move}")
    previous_ranks = {p.name: r for r, p in table}
winner = rank(list(players.values()))[0][1]
print(f"winner: {winner.name} with {winner.total} points over {len(winner.scores)} rounds")
