# task: summarise a CI test run from JUnit-like JSON: pass/fail/skip per suite, slowest tests, failure details
import json

RESULTS = json.loads("""
{"run_id": "ci-8812", "suites": [
  {"name": "auth", "cases": [
    {"name": "test_login", "status": "passed", "time": 0.12},
    {"name": "test_logout", "status": "passed", "time": 0.05},
    {"name": "test_token_refresh", "status": "failed", "time": 1.40,
     "message": "AssertionError: expected 200, got 401"}]},
  {"name": "billing", "cases": [
    {"name": "test_invoice_total", "status": "passed", "time": 0.33},
    {"name": "test_refund", "status": "skipped", "time": 0.0, "message": "needs sandbox"},
    {"name": "test_tax_rounding", "status": "failed", "time": 0.08,
     "message": "AssertionError: 10.04 != 10.05"},
    {"name": "test_currency", "status": "passed", "time": 2.75}]},
  {"name": "search", "cases": [
    {"name": "test_query", "status": "passed", "time": 0.90},
    {"name": "test_pagination", "status": "error", "time": 0.02,
     "message": "KeyError: 'next_cursor'"}]}
]}
""")

STATUSES = ("passed", "failed", "error", "skipped")
totals = dict.fromkeys(STATUSES, 0)
all_cases = []
print(f"Test run {RESULTS['run_id']}")
print(f"{'suite':<9}" + "".join(f"{s:>9}" for s in STATUSES) + f"{'time':>8}")
for suite in RESULTS["suites"]:
    counts = dict.fromkeys(STATUSES, 0)
    for case in suite["cases"]:
        counts[case["status"]] += 1
        all_cases.append((suite["name"], case))
    for s in STATUSES:
        totals[s] += counts[s]
    suite_time = sum(c["time"] for c in suite["cases"])
    print(f"{suite['name']:<9}" + "".join(f"{counts[s]:>9}" for s in STATUSES) + f"{suite_time:>7.2f}s")
print(f"{'TOTAL':<9}" + "".join(f"{totals[s]:>9}" for s in STATUSES))

executed = totals["passed"] + totals["failed"] + totals["error"]
print(f"\npass rate: {totals['passed'] / executed:.1%} of {executed} executed tests")
print("slowest 3:")
for suite, case in sorted(all_cases, key=lambda sc: sc[1]["time"], reverse=True)[:3]:
    print(f"  {case['time']:>5.2f}s  {suite}::{case['name']}")
print("problems:")
for suite, case in all_cases:
    if case["status"] in ("failed", "error"):
        print(f"  [{case['status'].upper()}] {suite}::{case['name']} - {case['message']}")
verdict = "RED" if totals["failed"] + totals["error"] else "GREEN"
print(f"build status: {verdict}")
