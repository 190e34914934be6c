# area: err: an exception raised inside a property getter propagates from the attribute access
class Report:
    def __init__(self, rows):
        self.rows = rows
    @property
    def average(self):
        return sum(self.rows) / len(self.rows)

for rows in ([4, 6], [10], []):
    r = Report(rows)
    print(len(rows), "rows")
    print("average", r.average)
