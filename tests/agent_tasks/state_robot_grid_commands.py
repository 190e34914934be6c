# task: interpret warehouse robot commands on a grid with obstacles, facing, pickups and a command log
from dataclasses import dataclass, field

GRID = """
..#.....
..#..P..
.....#..
.P......
....##..
D.......
"""
ROWS = [r for r in GRID.strip().splitlines()]
HEADINGS = ["N", "E", "S", "W"]
DELTA = {"N": (-1, 0), "E": (0, 1), "S": (1, 0), "W": (0, -1)}


@dataclass
class Robot:
    row: int = 5
    col: int = 0
    facing: str = "N"
    carrying: int = 0
    delivered: int = 0
    picked: set = field(default_factory=set)
    bumps: int = 0

    def cell(self, r, c):
        if 0 <= r < len(ROWS) and 0 <= c < len(ROWS[0]):
            return ROWS[r][c]
        return "#"

    def run(self, command: str) -> str:
        match command.split():
            case ["F", n] | ["FORWARD", n]:
                moved = 0
                for _ in range(int(n)):
                    dr, dc = DELTA[self.facing]
                    if self.cell(self.row + dr, self.col + dc) == "#":
                        self.bumps += 1
                        break
                    self.row, self.col = self.row + dr, self.col + dc
                    moved += 1
                return f"moved {moved}/{n}"
            case ["L"]:
                self.facing = HEADINGS[(HEADINGS.index(self.facing) - 1) % 4]
                return f"facing {self.facing}"
            case ["R"]:
                self.facing = HEADINGS[(HEADINGS.index(self.facing) + 1) % 4]
                return f"facing {self.facing}"
            case ["PICK"]:
                if self.cell(self.row, self.col) == "P" and (self.row, self.col) not in self.picked:
                    self.picked.add((self.row, self.col))
                    self.carrying += 1
                    return "picked parcel"
                return "nothing to pick"
            case ["DROP"]:
                if self.cell(self.row, self.col) == "D" and self.carrying:
                    self.delivered += self.carrying
                    self.carrying = 0
                    return "delivered"
                return "cannot drop here"
            case [other, *_]:
                return f"unknown command {other}"
            case []:
                return "empty"


PROGRAM = ["F 2", "R", "F 1", "PICK", "L", "F 1", "R", "F 9", "L", "F 1", "R", "F 1", "PICK",
           "L", "L", "F 5", "L", "F 9", "R", "F 3", "DROP", "JUMP", "PICK", ""]
bot = Robot()
for cmd in PROGRAM:
    result = bot.run(cmd)
    print(f"{cmd:<6} -> {result:<16} at ({bot.row},{bot.col}) facing {bot.facing} carrying {bot.carrying}")
print(f"delivered={bot.delivered} bumps={bot.bumps} picked={sorted(bot.picked)}")
