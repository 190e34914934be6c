# expect: killed memory
# attacks: millions of suspended generators, each holding its saved frame: every one is charged to the job's heap
def holder(data):
    yield data
    yield len(data)

gens = []
while True:
    g = holder([0] * 100)
    next(g)
    gens.append(g)
