# err: uncaught TypeError calling None returned by a lookup
handlers = {"start": lambda: "started"}
print(handlers["start"]())
h = handlers.get("stop")
print("handler missing:", h is None)
h()
