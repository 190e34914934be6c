"""Run one untrusted script with inputs and limits, and read its result (docs/PYTHON.md)."""

import npython

SCRIPT = """
orders = [o for o in orders if o["qty"] > 0]
total = sum(o["qty"] * o["price"] for o in orders)
print(f"{len(orders)} orders")
{"total": round(total, 2), "biggest": max(orders, key=lambda o: o["qty"])["sku"]}
"""

orders = [{"sku": "a", "qty": 2, "price": 3.5}, {"sku": "b", "qty": 5, "price": 1.0}, {"sku": "c", "qty": 0, "price": 9.0}]
r = npython.run(SCRIPT, inputs={"orders": orders}, limits={"max_instructions": 1_000_000, "timeout_ms": 2_000})
print(r.status, r.result)
print("stdout:", r.stdout.strip())

# A runaway script ends with a limit instead of hanging the host.
r = npython.run("while True:\n    pass", limits={"max_instructions": 100_000})
print(r.status, r.limit)

# An uncaught exception comes back as data with a CPython-style traceback.
r = npython.run("int('x')", filename="agent.py")
print(r.status, r.error.type, "line", r.error.line)
