# task: discrete-event simulation of a support desk with two agents and a heap-based event queue
import heapq
import random
import statistics

random.seed(3)
N_AGENTS = 2
events: list[tuple[float, int, str, int]] = []
seq = 0


def schedule(t: float, kind: str, customer: int) -> None:
    global seq
    seq += 1
    heapq.heappush(events, (t, seq, kind, customer))


t = 0.0
for cust in range(1, 13):
    t += random.expovariate(1 / 3.0)
    schedule(round(t, 2), "arrive", cust)

free_agents = list(range(N_AGENTS))
waiting: list[tuple[float, int]] = []
arrival_time, start_time, agent_of = {}, {}, {}
log = []
busy_time = 0.0
while events:
    now, _, kind, cust = heapq.heappop(events)
    if kind == "arrive":
        arrival_time[cust] = now
        waiting.append((now, cust))
    else:  # depart: the customer's agent becomes free again
        free_agents.append(agent_of[cust])
        free_agents.sort()
    while free_agents and waiting:
        agent = free_agents.pop(0)
        _, nxt = waiting.pop(0)
        start_time[nxt] = now
        service = round(random.uniform(2.0, 7.0), 2)
        busy_time += service
        agent_of[nxt] = agent
        schedule(round(now + service, 2), "depart", nxt)
        log.append(f"t={now:6.2f} agent{agent} takes customer {nxt:>2} (waited {now - arrival_time[nxt]:.2f}, service {service})")
    if kind == "depart":
        log.append(f"t={now:6.2f} customer {cust:>2} done")

print("\n".join(log))
waits = [start_time[c] - arrival_time[c] for c in sorted(arrival_time)]
print(f"customers served: {len(start_time)}")
print(f"mean wait {statistics.mean(waits):.2f}, max wait {max(waits):.2f}, waited at all: {sum(w > 0 for w in waits)}")
print(f"agent utilisation: {busy_time / (N_AGENTS * now):.1%} over {now:.2f} time units")
