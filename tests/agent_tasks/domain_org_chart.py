# task: build an org chart from records and compute team sizes and payroll per manager
class Employee:
    def __init__(self, emp_id: int, name: str, title: str, salary: int):
        self.emp_id = emp_id
        self.name = name
        self.title = title
        self.salary = salary
        self.manager: "Manager | None" = None

    @classmethod
    def from_record(cls, rec: dict) -> "Employee":
        kind = Manager if rec.get("manages") else cls
        return kind(rec["id"], rec["name"], rec["title"], rec["salary"])

    @staticmethod
    def format_salary(amount: int) -> str:
        return f"${amount / 1000:.0f}k"

    def chain_of_command(self) -> list[str]:
        chain, boss = [], self.manager
        while boss:
            chain.append(boss.name)
            boss = boss.manager
        return chain

    def __repr__(self):
        return f"{type(self).__name__}({self.name})"


class Manager(Employee):
    def __init__(self, *args):
        super().__init__(*args)
        self.reports: list[Employee] = []

    def add_report(self, emp: Employee) -> None:
        emp.manager = self
        self.reports.append(emp)

    def team_size(self) -> int:
        return sum(1 + (r.team_size() if isinstance(r, Manager) else 0) for r in self.reports)

    def payroll(self) -> int:
        return self.salary + sum(r.payroll() if isinstance(r, Manager) else r.salary for r in self.reports)


RECORDS = [
    {"id": 1, "name": "Grace", "title": "CEO", "salary": 250000, "manages": True, "boss": None},
    {"id": 2, "name": "Alan", "title": "CTO", "salary": 210000, "manages": True, "boss": 1},
    {"id": 3, "name": "Ada", "title": "Eng Manager", "salary": 170000, "manages": True, "boss": 2},
    {"id": 4, "name": "Linus", "title": "Engineer", "salary": 140000, "boss": 3},
    {"id": 5, "name": "Barbara", "title": "Engineer", "salary": 145000, "boss": 3},
    {"id": 6, "name": "Ken", "title": "CFO", "salary": 200000, "manages": True, "boss": 1},
    {"id": 7, "name": "Margaret", "title": "Analyst", "salary": 95000, "boss": 6},
    {"id": 8, "name": "Dennis", "title": "SRE", "salary": 150000, "boss": 2},
]
staff = {r["id"]: Employee.from_record(r) for r in RECORDS}
for r in RECORDS:
    if r["boss"]:
        staff[r["boss"]].add_report(staff[r["id"]])
root = staff[1]


def show(emp: Employee, depth: int = 0) -> None:
    extra = ""
    if isinstance(emp, Manager):
        extra = f" team={emp.team_size()} payroll={Employee.format_salary(emp.payroll())}"
    print(f"{'  ' * depth}- {emp.name} ({emp.title}, {emp.format_salary(emp.salary)}){extra}")
    for rep in sorted(getattr(emp, "reports", []), key=lambda e: e.name):
        show(rep, depth + 1)


show(root)
print("chain for Linus:", " -> ".join(staff[4].chain_of_command()))
managers = [e for e in staff.values() if isinstance(e, Manager)]
print("managers:", sorted(managers, key=lambda m: -m.team_size()))
print("total payroll matches:", root.payroll() == sum(e.salary for e in staff.values()))
