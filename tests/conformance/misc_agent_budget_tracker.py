# area: realistic agent script: token/cost budget tracking across model calls with classes, properties and limits
class BudgetExceeded(Exception):
    pass

PRICES = {"small": (0.15, 0.60), "large": (2.50, 10.00)}

class Budget:
    def __init__(self, limit_usd):
        self.limit = limit_usd
        self.calls = []
    @property
    def spent(self):
        return sum(c["cost"] for c in self.calls)
    @property
    def remaining(self):
        return self.limit - self.spent
    def estimate(self, model, prompt_tokens, completion_tokens):
        pin, pout = PRICES[model]
        return (prompt_tokens * pin + completion_tokens * pout) / 1_000_000
    def charge(self, model, prompt_tokens, completion_tokens):
        cost = self.estimate(model, prompt_tokens, completion_tokens)
        if cost > self.remaining:
            raise BudgetExceeded(f"{model} call needs ${cost:.4f}, only ${self.remaining:.4f} left")
        self.calls.append({"model": model, "in": prompt_tokens, "out": completion_tokens, "cost": cost})
        return cost

budget = Budget(0.05)
plan = [("small", 12000, 800), ("large", 6000, 1200), ("small", 40000, 2000), ("large", 9000, 3000), ("small", 1000, 100)]
for model, pin, pout in plan:
    try:
        cost = budget.charge(model, pin, pout)
        print(f"{model:<6} in={pin:>6,} out={pout:>5,} cost=${cost:.5f} remaining=${budget.remaining:.5f}")
    except BudgetExceeded as e:
        print("skipped:", e)
        fallback = "small"
        if model != fallback:
            est = budget.estimate(fallback, pin, pout)
            print(f"  fallback to {fallback} would cost ${est:.5f}: {'ok' if est <= budget.remaining else 'still too much'}")
by_model = {}
for c in budget.calls:
    agg = by_model.setdefault(c["model"], {"calls": 0, "tokens": 0, "cost": 0.0})
    agg["calls"] += 1
    agg["tokens"] += c["in"] + c["out"]
    agg["cost"] += c["cost"]
for m, agg in by_model.items():
    print(f"{m}: {agg['calls']} calls, {agg['tokens']:,} tokens, ${agg['cost']:.4f}")
print(f"spent {budget.spent / budget.limit:.1%} of ${budget.limit}")
