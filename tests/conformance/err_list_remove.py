# err: uncaught ValueError from list.remove of a missing item
queue = ["a", "b"]
queue.remove("a")
print(queue)
queue.remove("z")
