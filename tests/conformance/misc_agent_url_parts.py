# area: realistic agent script: parse URLs into scheme/host/port/path/query/fragment without urllib, normalise and group by host
URLS = [
    "https://Example.com/docs/index.html?lang=en&v=2#install",
    "http://example.com:80/docs/../api/./users?id=7",
    "https://api.example.com:8443/v1/items?page=2&page=3",
    "ftp://files.example.org/pub/readme.txt",
    "https://example.com",
    "//cdn.example.net/lib.js",
    "mailto:someone@example.com",
]
DEFAULT_PORTS = {"http": 80, "https": 443, "ftp": 21}

def parse(url):
    scheme, sep, rest = url.partition("://")
    if not sep:
        if url.startswith("//"):
            scheme, rest = "", url[2:]
        else:
            scheme, _, opaque = url.partition(":")
            return {"scheme": scheme, "opaque": opaque}
    rest, _, fragment = rest.partition("#")
    rest, _, query = rest.partition("?")
    hostport, slash, path = rest.partition("/")
    host, _, port = hostport.partition(":")
    params = {}
    for pair in filter(None, query.split("&")):
        k, _, v = pair.partition("=")
        params.setdefault(k, []).append(v)
    return {"scheme": scheme.lower(), "host": host.lower(), "port": int(port) if port else DEFAULT_PORTS.get(scheme.lower()),
            "path": normalise("/" + path), "query": params, "fragment": fragment}

def normalise(path):
    out = []
    for seg in path.split("/"):
        if seg == "..":
            if out:
                out.pop()
        elif seg and seg != ".":
            out.append(seg)
    return "/" + "/".join(out)

by_host = {}
for u in URLS:
    p = parse(u)
    print(p)
    if "host" in p:
        by_host.setdefault(p["host"], []).append(p["path"])
print(by_host)
print([normalise(p) for p in ["/a/b/../c", "/../x", "/a/./b/", "//double//slash"]])
