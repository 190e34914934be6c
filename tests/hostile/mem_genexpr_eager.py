# expect: killed memory
# attacks: a generator expression over a huge range is evaluated eagerly, so it must hit the memory limit rather than exhaust the host
print(any(len(s) < 0 for s in ("x" * 100000 + str(i) for i in range(10**13))))
