# err: uncaught KeyError for a missing string key shows the key repr
config = {"host": "localhost", "port": 8080}
print("host is", config["host"])
print("port is", config["port"])
print("user is", config["user"])
