# area: generators: producer/consumer coordination with generators and a bounded buffer, tracking drops and throughput
def producer(n):
    for i in range(n):
        yield {"id": i, "size": (i * 37) % 11 + 1}

def bounded(src, capacity, log):
    buffer = []
    dropped = 0
    for item in src:
        if len(buffer) >= capacity:
            dropped += 1
            log.append(f"drop {item['id']}")
            continue
        buffer.append(item)
        if item["size"] > 6:
            while buffer:
                yield buffer.pop(0)
    yield from buffer
    log.append(f"dropped total {dropped}")

def consumer(src, budget):
    spent = 0
    for item in src:
        spent += item["size"]
        yield item["id"], spent
        if spent >= budget:
            return

log = []
processed = list(consumer(bounded(producer(20), 3, log), 40))
print(processed)
print(log)
log.clear()
everything = list(bounded(producer(12), 2, log))
print([x["id"] for x in everything], log)
