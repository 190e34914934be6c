# task: tenacity-style retry loop where each attempt is a context manager that swallows retryable errors
class Attempt:
    def __init__(self, retrying: "Retrying", number: int):
        self.retrying = retrying
        self.number = number

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            self.retrying.succeeded = True
            return False
        if issubclass(exc_type, self.retrying.retry_on):
            self.retrying.errors.append(f"attempt {self.number}: {exc_type.__name__}: {exc}")
            return True  # swallow and let the loop try again
        return False


class Retrying:
    def __init__(self, max_attempts: int, retry_on=(Exception,)):
        self.max_attempts = max_attempts
        self.retry_on = retry_on
        self.errors: list[str] = []
        self.succeeded = False

    def __iter__(self):
        for n in range(1, self.max_attempts + 1):
            if self.succeeded:
                return
            yield Attempt(self, n)
        if not self.succeeded:
            raise RuntimeError(f"gave up after {self.max_attempts} attempts: {self.errors[-1]}")


def make_flaky(fail_times: int, exc_type=ConnectionError):
    state = {"n": 0}

    def tool(x):
        state["n"] += 1
        if state["n"] <= fail_times:
            raise exc_type(f"glitch #{state['n']}")
        return x * 10

    return tool


for label, tool, retry_on in [
    ("recovers", make_flaky(2), (ConnectionError,)),
    ("exhausts", make_flaky(5), (ConnectionError,)),
    ("fatal", make_flaky(1, KeyError), (ConnectionError,)),
]:
    retrying = Retrying(max_attempts=3, retry_on=retry_on)
    result = None
    try:
        for attempt in retrying:
            with attempt:
                result = tool(7)
        print(f"{label}: result={result}")
    except RuntimeError as e:
        print(f"{label}: {e}")
    except KeyError as e:
        print(f"{label}: not retryable -> KeyError {e}")
    for err in retrying.errors:
        print("    " + err)
