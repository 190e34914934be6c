# area: exc: classify exceptions into retryable vs fatal via isinstance on hierarchy, collect stats, args inspection
class ServiceError(Exception):
    retryable = False
class RateLimited(ServiceError):
    retryable = True
    def __init__(self, wait):
        super().__init__(f"rate limited, retry after {wait}s")
        self.wait = wait
class Unavailable(ServiceError):
    retryable = True
class BadRequest(ServiceError):
    pass

def classify(exc):
    if isinstance(exc, ServiceError):
        return "retry" if exc.retryable else "fatal"
    if isinstance(exc, (TimeoutError, ConnectionError)):
        return "retry"
    if isinstance(exc, (KeyError, IndexError)):
        return "bug"
    return "unknown"

samples = [RateLimited(30), Unavailable("503"), BadRequest("missing field", "q"), TimeoutError("read timed out"),
           ConnectionResetError if False else ConnectionError("reset by peer"), KeyError("user_id"), IndexError(), ZeroDivisionError("x")]
stats = {}
for exc in samples:
    kind = classify(exc)
    stats[kind] = stats.get(kind, 0) + 1
    extra = f" wait={exc.wait}" if isinstance(exc, RateLimited) else ""
    print(f"{type(exc).__name__:<18} {kind:<7} args={exc.args!r}{extra}")
print(stats)
print([c.__name__ for c in RateLimited.__mro__])
print(issubclass(TimeoutError, OSError), issubclass(ConnectionError, OSError), issubclass(KeyError, LookupError))
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(BadRequest, Exception), issubclass(Exception, BaseException))
def attempt(exc):
    try:
        raise exc
    except ServiceError as e:
        return f"service: {e}"
    except OSError as e:
        return f"os: {e}"
    except Exception as e:
        return f"other {type(e).__name__}: {e}"
print([attempt(e) for e in samples[:5]])
