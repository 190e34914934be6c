# err: uncaught KeyError with a tuple key from dict.pop
routes = {("GET", "/"): "index"}
print(routes.pop(("GET", "/")))
print(routes.pop(("POST", "/")))
