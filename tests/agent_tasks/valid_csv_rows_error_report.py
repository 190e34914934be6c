# task: validate an uploaded employee CSV row by row, collecting typed errors with line numbers instead of stopping
import csv
import io
import re
from dataclasses import dataclass
from datetime import date

UPLOAD = """employee_id,name,email,start_date,salary,manager_id
E001,Ana Ruiz,ana@corp.com,2021-04-01,72000,
E002,Bo Chen,bo@corp,2022-13-01,68000,E001
E003,,cy@corp.com,2020-01-15,-5,E001
E004,Dee Park,dee@corp.com,2023-02-28,91000,E009
E002,Bo Chen,bo2@corp.com,2022-01-10,68000,E001
E006,Eli Stone,eli@corp.com,2019-07-07,abc,E004
E007,Fay Wu,fay@corp.com,2024-05-20,55000,E007
"""


@dataclass
class RowError:
    line: int
    column: str
    message: str


EMAIL_RE = re.compile(r"^[\w.+-]+@[\w-]+\.[\w.]+$")
errors: list[RowError] = []
rows = list(csv.DictReader(io.StringIO(UPLOAD)))
ids = {}
for line, row in enumerate(rows, start=2):
    eid = row["employee_id"]
    if not re.fullmatch(r"E\d{3}", eid):
        errors.append(RowError(line, "employee_id", f"bad id {eid!r}"))
    if eid in ids:
        errors.append(RowError(line, "employee_id", f"duplicate of line {ids[eid]}"))
    ids.setdefault(eid, line)
    if not row["name"].strip():
        errors.append(RowError(line, "name", "required"))
    if not EMAIL_RE.match(row["email"]):
        errors.append(RowError(line, "email", f"invalid {row['email']!r}"))
    try:
        date.fromisoformat(row["start_date"])
    except ValueError as e:
        errors.append(RowError(line, "start_date", str(e)))
    try:
        if int(row["salary"]) <= 0:
            errors.append(RowError(line, "salary", "must be positive"))
    except ValueError:
        errors.append(RowError(line, "salary", f"not an integer: {row['salary']!r}"))

for line, row in enumerate(rows, start=2):
    mgr = row["manager_id"]
    if mgr and mgr not in ids:
        errors.append(RowError(line, "manager_id", f"unknown manager {mgr}"))
    elif mgr == row["employee_id"]:
        errors.append(RowError(line, "manager_id", "employee cannot manage themselves"))

bad_lines = {e.line for e in errors}
print(f"{len(rows)} rows, {len(rows) - len(bad_lines)} clean, {len(errors)} errors on {len(bad_lines)} lines")
for e in sorted(errors, key=lambda e: (e.line, e.column)):
    print(f"  line {e.line:>2} [{e.column}] {e.message}")
