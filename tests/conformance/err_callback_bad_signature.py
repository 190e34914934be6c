# area: err: a callback registered with the wrong number of parameters fails when invoked (TypeError from a lambda)
handlers = []
def on(event_handler):
    handlers.append(event_handler)

on(lambda name, payload: f"{name}:{len(payload)}")
on(lambda name, payload: name.upper())
on(lambda name: f"only {name}")
for h in handlers:
    print(h("save", [1, 2]))
