# task: compute a biweekly payroll run: progressive tax brackets, pre-tax deductions and net pay in integer cents
from dataclasses import dataclass

# annual brackets: (upper bound in cents or None, rate in basis points)
BRACKETS = [(11_000_00, 1000), (44_725_00, 1200), (95_375_00, 2200), (182_100_00, 2400), (None, 3200)]
PERIODS = 26
SOCIAL_BP, MEDICARE_BP = 620, 145


@dataclass
class Employee:
    name: str
    salary_cents: int
    retirement_pct: int
    health_cents: int


def annual_tax(taxable: int) -> int:
    tax, lower = 0, 0
    for upper, bp in BRACKETS:
        if taxable <= lower:
            break
        top = taxable if upper is None else min(taxable, upper)
        tax += (top - lower) * bp // 10000
        lower = upper or lower
    return tax


def payslip(emp: Employee) -> dict[str, int]:
    gross = emp.salary_cents // PERIODS
    retirement = gross * emp.retirement_pct // 100
    taxable = gross - retirement - emp.health_cents
    income_tax = annual_tax(taxable * PERIODS) // PERIODS
    social = gross * SOCIAL_BP // 10000
    medicare = gross * MEDICARE_BP // 10000
    net = gross - retirement - emp.health_cents - income_tax - social - medicare
    return {"gross": gross, "retirement": retirement, "health": emp.health_cents,
            "income_tax": income_tax, "social": social, "medicare": medicare, "net": net}


STAFF = [
    Employee("Avery", 58_000_00, 5, 120_00),
    Employee("Blake", 125_000_00, 10, 180_00),
    Employee("Casey", 31_200_00, 0, 0),
    Employee("Drew", 240_000_00, 6, 180_00),
]

cols = ["gross", "retirement", "health", "income_tax", "social", "medicare", "net"]
print(f"{'employee':<9}" + "".join(f"{c:>12}" for c in cols))
totals = dict.fromkeys(cols, 0)
for emp in STAFF:
    slip = payslip(emp)
    for c in cols:
        totals[c] += slip[c]
    print(f"{emp.name:<9}" + "".join(f"{slip[c] / 100:>12,.2f}" for c in cols))
print(f"{'TOTAL':<9}" + "".join(f"{totals[c] / 100:>12,.2f}" for c in cols))
employer_cost = totals["gross"] + totals["social"] + totals["medicare"]
print(f"\nemployer cost this period (gross + matched FICA): {employer_cost / 100:,.2f}")
print(f"effective income tax rate on Drew: {annual_tax(240_000_00) / 240_000_00:.2%} (before deductions)")
