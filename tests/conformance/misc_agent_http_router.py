# area: realistic agent script: URL router with path parameters via regex, method dispatch, 404/405 handling and middleware
import re

class HTTPError(Exception):
    def __init__(self, status, msg):
        super().__init__(msg)
        self.status = status

class Router:
    def __init__(self):
        self.routes = []
        self.middleware = []
    def route(self, method, pattern):
        def param(m):
            body = r"\d+" if m.group(2) else "[^/]+"
            return f"(?P<{m.group(1)}>{body})"
        regex = re.compile("^" + re.sub(r"<(\w+)(?::(int))?>", param, pattern) + "$")
        def deco(fn):
            self.routes.append((method, regex, fn))
            return fn
        return deco
    def dispatch(self, method, path):
        allowed = []
        for m, regex, fn in self.routes:
            match = regex.match(path)
            if match:
                if m != method:
                    allowed.append(m)
                    continue
                params = {k: int(v) if v.isdigit() else v for k, v in match.groupdict().items()}
                req = {"method": method, "path": path, **params}
                for mw in self.middleware:
                    mw(req)
                return 200, fn(**params)
        if allowed:
            raise HTTPError(405, f"{method} not allowed; use {', '.join(sorted(allowed))}")
        raise HTTPError(404, f"no route for {path}")

app = Router()
seen = []
app.middleware.append(lambda req: seen.append(req["path"]))
USERS = {1: "ann", 2: "bob"}

@app.route("GET", "/users")
def list_users():
    return sorted(USERS.values())

@app.route("GET", "/users/<uid:int>")
def get_user(uid):
    if uid not in USERS:
        raise HTTPError(404, f"user {uid} not found")
    return {"id": uid, "name": USERS[uid]}

@app.route("POST", "/users/<uid:int>/tags/<tag>")
def add_tag(uid, tag):
    return f"tagged {USERS.get(uid, '?')} with {tag}"

for method, path in [("GET", "/users"), ("GET", "/users/2"), ("GET", "/users/9"), ("POST", "/users/1/tags/vip"),
                     ("GET", "/users/1/tags/vip"), ("DELETE", "/users"), ("GET", "/nope"), ("GET", "/users/abc")]:
    try:
        status, body = app.dispatch(method, path)
    except HTTPError as e:
        status, body = e.status, str(e)
    print(f"{method:<6} {path:<20} {status} {body}")
print("middleware saw:", seen)
