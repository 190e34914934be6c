# area: err: set.remove of a missing element raises KeyError with the element
active = {"job-1", "job-2"}
for j in ["job-1", "job-3"]:
    print("finishing", j, "active count", len(active))
    active.remove(j)
