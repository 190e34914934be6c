# task: build a parameterised @retry decorator and apply it to several simulated tools
import functools


def retry(times: int = 3, on: tuple = (Exception,), backoff: float = 0.1):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            last_exc = None
            for attempt in range(1, times + 1):
                try:
                    result = func(*args, **kwargs)
                    wrapper.history.append((func.__name__, attempt, "ok"))
                    return result
                except on as exc:
                    last_exc = exc
                    wait = backoff * 2 ** (attempt - 1)
                    wrapper.history.append((func.__name__, attempt, f"{type(exc).__name__} wait={wait:.1f}"))
            raise last_exc

        wrapper.history = []
        return wrapper

    return decorator


state = {"db": 0, "search": 0, "parse": 0}


@retry(times=4, on=(ConnectionError, TimeoutError))
def query_db(sql: str) -> list:
    """Run a query against the flaky database."""
    state["db"] += 1
    if state["db"] < 3:
        raise ConnectionError("connection reset")
    return [("row", i) for i in range(2)]


@retry(times=2, on=(TimeoutError,), backoff=0.5)
def search(term: str) -> str:
    state["search"] += 1
    raise TimeoutError(f"search for {term!r} timed out")


@retry(times=5, on=(ConnectionError,))
def parse(text: str) -> int:
    state["parse"] += 1
    return int(text)  # ValueError is not retried


for call in (lambda: query_db("select 1"), lambda: search("agents"), lambda: parse("42"), lambda: parse("forty")):
    try:
        print("result:", call())
    except Exception as e:
        print(f"error: {type(e).__name__}: {e}")

for fn in (query_db, search, parse):
    print(f"{fn.__name__}: doc={fn.__doc__!r}")
    for name, attempt, outcome in fn.history:
        print(f"    attempt {attempt}: {outcome}")
print("underlying call counts:", state)
