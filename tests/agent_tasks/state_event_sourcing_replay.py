# task: rebuild account balances by replaying an event store, with snapshots and point-in-time queries
import json
from dataclasses import dataclass, field, asdict
from copy import deepcopy

EVENT_STORE = [
    {"seq": 1, "type": "AccountOpened", "account": "acc-1", "owner": "Ana"},
    {"seq": 2, "type": "Deposited", "account": "acc-1", "amount": 500},
    {"seq": 3, "type": "AccountOpened", "account": "acc-2", "owner": "Bo"},
    {"seq": 4, "type": "Withdrawn", "account": "acc-1", "amount": 120},
    {"seq": 5, "type": "TransferMade", "from": "acc-1", "to": "acc-2", "amount": 200},
    {"seq": 6, "type": "Deposited", "account": "acc-2", "amount": 50},
    {"seq": 7, "type": "AccountFrozen", "account": "acc-2", "reason": "kyc"},
    {"seq": 8, "type": "Withdrawn", "account": "acc-2", "amount": 10},
    {"seq": 9, "type": "Deposited", "account": "acc-1", "amount": 75},
]


@dataclass
class Account:
    owner: str
    balance: int = 0
    frozen: bool = False
    version: int = 0
    rejected: list[int] = field(default_factory=list)


def apply(state: dict[str, Account], ev: dict) -> None:
    t = ev["type"]
    if t == "AccountOpened":
        state[ev["account"]] = Account(ev["owner"])
        touched = [ev["account"]]
    elif t == "TransferMade":
        src, dst = state[ev["from"]], state[ev["to"]]
        src.balance -= ev["amount"]
        dst.balance += ev["amount"]
        touched = [ev["from"], ev["to"]]
    else:
        acc = state[ev["account"]]
        touched = [ev["account"]]
        if t == "Deposited":
            acc.balance += ev["amount"]
        elif t == "Withdrawn":
            if acc.frozen:
                acc.rejected.append(ev["seq"])
            else:
                acc.balance -= ev["amount"]
        elif t == "AccountFrozen":
            acc.frozen = True
        else:
            raise ValueError(f"unknown event type {t}")
    for a in touched:
        state[a].version = ev["seq"]


def replay(events, upto=None, snapshot=None):
    state, start = ({}, 0) if snapshot is None else (deepcopy(snapshot[1]), snapshot[0])
    for ev in events:
        if ev["seq"] <= start:
            continue
        if upto is not None and ev["seq"] > upto:
            break
        apply(state, ev)
    return state


current = replay(EVENT_STORE)
print("current state:")
print(json.dumps({k: asdict(v) for k, v in current.items()}, indent=2))
for seq in (2, 5, 7):
    s = replay(EVENT_STORE, upto=seq)
    print(f"as of seq {seq}: " + ", ".join(f"{k}={v.balance}" for k, v in s.items()))
snapshot = (5, replay(EVENT_STORE, upto=5))
from_snap = replay(EVENT_STORE, snapshot=snapshot)
print("snapshot replay matches full replay:", {k: asdict(v) for k, v in from_snap.items()} == {k: asdict(v) for k, v in current.items()})
print("snapshot untouched:", snapshot[1]["acc-2"].balance)
try:
    replay(EVENT_STORE + [{"seq": 10, "type": "Teleported", "account": "acc-1"}])
except ValueError as e:
    print("error:", e)
