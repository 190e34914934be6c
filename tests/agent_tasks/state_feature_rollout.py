# task: advance a feature-flag rollout through percentage stages using health metrics, with auto-rollback
from dataclasses import dataclass, field
from enum import Enum


class Stage(Enum):
    OFF = 0
    CANARY = 1
    PARTIAL = 25
    HALF = 50
    FULL = 100
    ROLLED_BACK = -1


ORDER = [Stage.OFF, Stage.CANARY, Stage.PARTIAL, Stage.HALF, Stage.FULL]
THRESHOLDS = {"error_rate": 0.02, "p95_ms": 450}


@dataclass
class Rollout:
    flag: str
    stage: Stage = Stage.OFF
    healthy_checks: int = 0
    events: list[str] = field(default_factory=list)

    def observe(self, hour: int, metrics: dict) -> None:
        if self.stage in (Stage.FULL, Stage.ROLLED_BACK):
            return
        breaches = [f"{k}={metrics[k]}" for k, limit in THRESHOLDS.items() if metrics.get(k, 0) > limit]
        if breaches and self.stage is not Stage.OFF:
            self.events.append(f"h{hour:02d} {self.stage.name} -> ROLLED_BACK ({', '.join(breaches)})")
            self.stage = Stage.ROLLED_BACK
            return
        self.healthy_checks += 1
        needed = 1 if self.stage is Stage.OFF else 2
        if self.healthy_checks >= needed:
            nxt = ORDER[ORDER.index(self.stage) + 1]
            self.events.append(f"h{hour:02d} {self.stage.name} -> {nxt.name} ({nxt.value}% traffic)")
            self.stage, self.healthy_checks = nxt, 0

    def enabled_for(self, user_id: int) -> bool:
        pct = max(self.stage.value, 0)
        return (user_id * 37) % 100 < pct


METRICS = {
    "new-checkout": [{"error_rate": 0.001, "p95_ms": 300}] * 9,
    "smart-search": [{"error_rate": 0.004, "p95_ms": 380}] * 4 + [{"error_rate": 0.031, "p95_ms": 390}]
                    + [{"error_rate": 0.001, "p95_ms": 200}] * 3,
    "ai-summaries": [{"error_rate": 0.0, "p95_ms": 900}, {"error_rate": 0.01, "p95_ms": 420},
                     {"error_rate": 0.01, "p95_ms": 430}, {"error_rate": 0.01, "p95_ms": 610}],
}
for flag, series in METRICS.items():
    r = Rollout(flag)
    for hour, m in enumerate(series):
        r.observe(hour, m)
    users_on = sum(r.enabled_for(u) for u in range(1, 201))
    print(f"{flag}: final {r.stage.name} ({users_on}/200 sample users enabled)")
    for e in r.events:
        print("   ", e)
