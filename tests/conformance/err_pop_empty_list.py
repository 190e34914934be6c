# area: err: popping from an exhausted work queue raises IndexError: pop from empty list
queue = ["fetch", "parse", "store"]
done = []
while True:
    task = queue.pop(0)
    done.append(task)
    print("ran", task, "remaining", queue)
