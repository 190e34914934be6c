# area: err: a property getter with a typo refers to an undefined global name (NameError)
class Config:
    def __init__(self, values):
        self._values = values
    @property
    def port(self):
        return int(self._values.get("port", 80))
    @property
    def host(self):
        return self._values.get("host", defualt_host)

cfg = Config({"port": "8080"})
print("port", cfg.port)
print("host", cfg.host)
