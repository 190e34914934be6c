# task: apply 2D transform matrices to a shape using a small Matrix class with @ operator
class Matrix:
    def __init__(self, rows):
        self.rows = [list(map(float, r)) for r in rows]
        if len({len(r) for r in self.rows}) != 1:
            raise ValueError("ragged matrix")

    @classmethod
    def identity(cls, n: int) -> "Matrix":
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @property
    def shape(self) -> tuple[int, int]:
        return len(self.rows), len(self.rows[0])

    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]

    def __matmul__(self, other: "Matrix") -> "Matrix":
        n, m = self.shape
        m2, p = other.shape
        if m != m2:
            raise ValueError(f"shape mismatch {self.shape} @ {other.shape}")
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self.rows])

    def __eq__(self, other):
        return isinstance(other, Matrix) and all(
            abs(a - b) < 1e-9 for r1, r2 in zip(self.rows, other.rows) for a, b in zip(r1, r2)
        ) and self.shape == other.shape

    def transpose(self) -> "Matrix":
        return Matrix(zip(*self.rows))

    def __repr__(self):
        body = "; ".join(" ".join(f"{v:g}" for v in r) for r in self.rows)
        return f"Matrix[{body}]"


def translate(dx, dy):
    return Matrix([[1, 0, dx], [0, 1, dy], [0, 0, 1]])


def scale(sx, sy):
    return Matrix([[sx, 0, 0], [0, sy, 0], [0, 0, 1]])


ROT90 = Matrix([[0, -1, 0], [1, 0, 0], [0, 0, 1]])

square = [(0, 0), (1, 0), (1, 1), (0, 1)]
pipeline = translate(5, 2) @ ROT90 @ scale(2, 3)
print("combined transform:", pipeline)
points = Matrix([[x for x, _ in square], [y for _, y in square], [1] * len(square)])
moved = pipeline @ points
print("transformed corners:", [(moved[0, j], moved[1, j]) for j in range(moved.shape[1])])
print("rot^4 == I:", ROT90 @ ROT90 @ ROT90 @ ROT90 == Matrix.identity(3))
print("rot^2 == I:", ROT90 @ ROT90 == Matrix.identity(3))
print("transpose of rot is inverse:", ROT90 @ ROT90.transpose() == Matrix.identity(3))
for bad in ([[1, 2], [3]], None):
    try:
        if bad is None:
            Matrix([[1, 2]]) @ Matrix([[1, 2]])
        else:
            Matrix(bad)
    except ValueError as e:
        print("error:", e)
