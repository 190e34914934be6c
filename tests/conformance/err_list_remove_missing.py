# area: err: list.remove of a missing value raises ValueError: list.remove(x): x not in list
queue = ["job1", "job2", "job3"]
for done in ["job2", "job1", "job9"]:
    print("removing", done)
    queue.remove(done)
    print("left:", queue)
