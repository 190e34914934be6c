# task: register file-format exporters automatically via __init_subclass__ and export a report
import json


class Exporter:
    registry: dict[str, type] = {}
    extension = ""

    def __init_subclass__(cls, fmt: str = "", **kwargs):
        super().__init_subclass__(**kwargs)
        if fmt:
            cls.extension = fmt
            Exporter.registry[fmt] = cls

    def __init__(self, rows: list[dict]):
        self.rows = rows

    def render(self) -> str:
        raise NotImplementedError

    @classmethod
    def for_format(cls, fmt: str) -> "Exporter":
        try:
            return cls.registry[fmt]
        except KeyError:
            raise LookupError(f"no exporter for {fmt!r}; have {sorted(cls.registry)}") from None


class CsvExporter(Exporter, fmt="csv"):
    def render(self):
        cols = list(self.rows[0])
        lines = [",".join(cols)] + [",".join(str(r[c]) for c in cols) for r in self.rows]
        return "\n".join(lines)


class JsonExporter(Exporter, fmt="json"):
    def render(self):
        return json.dumps(self.rows, indent=1)


class MarkdownExporter(Exporter, fmt="md"):
    def render(self):
        cols = list(self.rows[0])
        out = ["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
        out += ["| " + " | ".join(str(r[c]) for c in cols) + " |" for r in self.rows]
        return "\n".join(out)


class PrettyMarkdown(MarkdownExporter):
    def render(self):
        return "## Report\n\n" + super().render()


rows = [
    {"agent": "planner", "steps": 12, "ok": True},
    {"agent": "coder", "steps": 31, "ok": False},
    {"agent": "reviewer", "steps": 7, "ok": True},
]
print("registered:", sorted(Exporter.registry))
for fmt in ["csv", "md", "json", "xml"]:
    try:
        cls = Exporter.for_format(fmt)
    except LookupError as e:
        print("error:", e)
        continue
    print(f"--- {cls.__name__} (.{cls.extension})")
    print(cls(rows).render())
print("--- subclass without fmt keeps parent extension:", PrettyMarkdown.extension)
print(PrettyMarkdown(rows[:1]).render())
print("PrettyMarkdown registered?", PrettyMarkdown in Exporter.registry.values())
