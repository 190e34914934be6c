# area: func: keyword-only params, *args/**kwargs forwarding, defaults evaluated once, argument unpacking patterns
def request(method, url, *, params=None, headers=None, timeout=10, **extra):
    parts = [method.upper(), url]
    if params:
        parts.append("?" + "&".join(f"{k}={v}" for k, v in params.items()))
    if headers:
        parts.append(f"headers={sorted(headers)}")
    parts.append(f"timeout={timeout}")
    if extra:
        parts.append(f"extra={extra}")
    return " ".join(parts)

def get(url, **kwargs):
    return request("get", url, **kwargs)

def post(url, data, **kwargs):
    kwargs.setdefault("headers", {})["Content-Type"] = "json"
    return request("post", url, **kwargs) + f" body={data!r}"

print(get("/items"))
print(get("/items", params={"page": 2, "q": "x"}, timeout=3))
print(post("/items", {"a": 1}, retries=2))
opts = {"timeout": 1, "params": {"id": 7}}
print(get("/one", **opts), opts)
try:
    request("get", "/x", 5)
except TypeError as e:
    print("TypeError:", e)

def append_to(item, bucket=[]):
    bucket.append(item)
    return bucket

print(append_to(1), append_to(2), append_to(3, []))

def safe_append(item, bucket=None):
    bucket = [] if bucket is None else bucket
    bucket.append(item)
    return bucket
print(safe_append(1), safe_append(2))

def stats(*nums, precision=2):
    if not nums:
        return None
    mean = sum(nums) / len(nums)
    return round(mean, precision), min(nums), max(nums)
data = [3, 1, 4, 1, 5]
print(stats(*data), stats(*data, precision=0), stats())
def head_tail(first, *rest):
    return first, rest
print(head_tail(*"abc"), head_tail(1))
args, kwargs = (1, 2), {"c": 3}
f = lambda a, b, c=0, *more, **kw: (a, b, c, more, kw)
print(f(*args, **kwargs), f(1, 2, 3, 4, 5, x=6))
