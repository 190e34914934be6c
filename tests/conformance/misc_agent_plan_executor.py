# area: realistic agent script: execute a dependency-ordered plan, propagate failures to dependents, and summarise outcomes
PLAN = {
    "fetch_docs": {"deps": [], "action": lambda r: "12 docs"},
    "fetch_issues": {"deps": [], "action": lambda r: (_ for _ in ()).throw(TimeoutError("issues API timed out"))},
    "summarise_docs": {"deps": ["fetch_docs"], "action": lambda r: f"summary of {r['fetch_docs']}"},
    "triage": {"deps": ["fetch_issues"], "action": lambda r: "triaged"},
    "report": {"deps": ["summarise_docs", "triage"], "action": lambda r: "report"},
    "notify": {"deps": ["summarise_docs"], "action": lambda r: f"sent: {r['summarise_docs']}"},
}

def order(plan):
    done, out = set(), []
    def visit(n):
        if n in done:
            return
        for d in plan[n]["deps"]:
            visit(d)
        done.add(n)
        out.append(n)
    for n in sorted(plan):
        visit(n)
    return out

results, status = {}, {}
for step in order(PLAN):
    failed_deps = [d for d in PLAN[step]["deps"] if status[d] != "ok"]
    if failed_deps:
        status[step] = "skipped"
        print(f"{step:<15} SKIPPED (blocked by {', '.join(failed_deps)})")
        continue
    try:
        results[step] = PLAN[step]["action"](results)
        status[step] = "ok"
        print(f"{step:<15} ok      -> {results[step]}")
    except Exception as e:
        status[step] = "failed"
        print(f"{step:<15} FAILED  {type(e).__name__}: {e}")
summary = {}
for s in status.values():
    summary[s] = summary.get(s, 0) + 1
print(summary, "| order:", order(PLAN))
