# task: run a declarative onboarding workflow with conditional branches, a shared context and step audit
import json

WORKFLOW = json.loads("""
{
  "start": "validate",
  "steps": {
    "validate":    {"action": "check_fields", "next": "route"},
    "route":       {"branch": [{"if": "is_enterprise", "goto": "sales_review"}, {"else": "create_account"}]},
    "sales_review":{"action": "assign_rep", "next": "create_account"},
    "create_account": {"action": "provision", "next": "welcome", "on_error": "notify_ops"},
    "welcome":     {"action": "send_email", "next": null},
    "notify_ops":  {"action": "page_ops", "next": null}
  }
}
""")


def check_fields(ctx):
    missing = [f for f in ("email", "company", "seats") if not ctx.get(f)]
    if missing:
        raise ValueError(f"missing fields: {missing}")
    ctx["is_enterprise"] = ctx["seats"] >= 50


def assign_rep(ctx):
    ctx["rep"] = ["ines", "jon"][len(ctx["company"]) % 2]


def provision(ctx):
    if ctx["company"].lower().startswith("evil"):
        raise PermissionError("blocked by compliance")
    ctx["account_id"] = f"acct-{sum(map(ord, ctx['company'])) % 1000:03d}"


def send_email(ctx):
    ctx["emails"] = ctx.get("emails", []) + [f"welcome->{ctx['email']}"]


def page_ops(ctx):
    ctx["paged"] = True


ACTIONS = {f.__name__: f for f in (check_fields, assign_rep, provision, send_email, page_ops)}


def run(workflow, ctx):
    step, trail = workflow["start"], []
    while step:
        spec = workflow["steps"][step]
        trail.append(step)
        if "branch" in spec:
            step = next(b.get("goto") or b["else"] for b in spec["branch"] if "else" in b or ctx.get(b["if"]))
            continue
        try:
            ACTIONS[spec["action"]](ctx)
        except Exception as e:
            ctx.setdefault("errors", []).append(f"{step}: {type(e).__name__}: {e}")
            step = spec.get("on_error")
            if step is None:
                return "failed", trail
            continue
        step = spec["next"]
    return ("completed_with_errors" if ctx.get("errors") else "completed"), trail


signups = [
    {"email": "a@tiny.io", "company": "Tiny", "seats": 3},
    {"email": "cto@bigcorp.com", "company": "BigCorp", "seats": 400},
    {"email": "x@evilco.biz", "company": "EvilCo", "seats": 75},
    {"email": "", "company": "Ghost", "seats": 1},
]
for ctx in signups:
    status, trail = run(WORKFLOW, ctx)
    extras = {k: v for k, v in ctx.items() if k not in ("email", "company", "seats")}
    print(f"{ctx['company']:<8} {status:<22} {' > '.join(trail)}")
    print(f"{'':<8} {json.dumps(extras, sort_keys=True)}")
