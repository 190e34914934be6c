# area: err: calling an abstract method of a base class raises NotImplementedError with its message
class Exporter:
    def export(self, rows):
        header = self.header()
        return [header] + [self.line(r) for r in rows]
    def header(self):
        return "#"
    def line(self, row):
        raise NotImplementedError(f"{type(self).__name__} must implement line()")

class CSVExporter(Exporter):
    def line(self, row):
        return ",".join(map(str, row))

class XMLExporter(Exporter):
    pass

rows = [(1, "a"), (2, "b")]
print(CSVExporter().export(rows))
print(XMLExporter().export(rows))
