# task: model a TCP-like connection state machine from a transition table and replay packet traces
TABLE = {
    ("CLOSED", "passive_open"): ("LISTEN", None),
    ("CLOSED", "active_open"): ("SYN_SENT", "SYN"),
    ("LISTEN", "rcv_syn"): ("SYN_RCVD", "SYN+ACK"),
    ("LISTEN", "close"): ("CLOSED", None),
    ("SYN_SENT", "rcv_syn_ack"): ("ESTABLISHED", "ACK"),
    ("SYN_SENT", "close"): ("CLOSED", None),
    ("SYN_RCVD", "rcv_ack"): ("ESTABLISHED", None),
    ("ESTABLISHED", "close"): ("FIN_WAIT_1", "FIN"),
    ("ESTABLISHED", "rcv_fin"): ("CLOSE_WAIT", "ACK"),
    ("ESTABLISHED", "data"): ("ESTABLISHED", "ACK"),
    ("FIN_WAIT_1", "rcv_ack"): ("FIN_WAIT_2", None),
    ("FIN_WAIT_1", "rcv_fin"): ("CLOSING", "ACK"),
    ("FIN_WAIT_2", "rcv_fin"): ("TIME_WAIT", "ACK"),
    ("CLOSING", "rcv_ack"): ("TIME_WAIT", None),
    ("CLOSE_WAIT", "close"): ("LAST_ACK", "FIN"),
    ("LAST_ACK", "rcv_ack"): ("CLOSED", None),
    ("TIME_WAIT", "timeout"): ("CLOSED", None),
}


class Connection:
    def __init__(self, name: str):
        self.name = name
        self.state = "CLOSED"
        self.sent: list[str] = []
        self.bytes = 0

    def feed(self, event: str) -> None:
        size = 0
        if event.startswith("data:"):
            event, size = "data", int(event.split(":")[1])
        key = (self.state, event)
        if key not in TABLE:
            raise RuntimeError(f"{self.name}: event '{event}' invalid in {self.state}")
        self.state, reply = TABLE[key]
        self.bytes += size
        if reply:
            self.sent.append(reply)


TRACES = {
    "client": "active_open rcv_syn_ack data:512 data:1024 close rcv_ack rcv_fin timeout",
    "server": "passive_open rcv_syn rcv_ack data:128 rcv_fin close rcv_ack",
    "simultaneous-close": "active_open rcv_syn_ack close rcv_fin rcv_ack timeout",
    "broken": "passive_open rcv_syn data:10",
}
for name, trace in TRACES.items():
    conn = Connection(name)
    path = [conn.state]
    try:
        for ev in trace.split():
            conn.feed(ev)
            if conn.state != path[-1]:
                path.append(conn.state)
        outcome = "ok"
    except RuntimeError as e:
        outcome = f"error: {e}"
    print(f"{name}: {' > '.join(path)}")
    print(f"    sent={conn.sent} bytes={conn.bytes} -> {outcome}")

states = sorted({s for s, _ in TABLE} | {t for t, _ in TABLE.values()})
print(f"{len(states)} states, {len(TABLE)} transitions")
out_degree = {s: sum(1 for (src, _) in TABLE if src == s) for s in states}
print("busiest states:", sorted(out_degree.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
