# task: retry a flaky fetch tool with exponential backoff and report each attempt
import json


class TransientError(Exception):
    pass


class FlakyFetcher:
    def __init__(self, failures_before_success: int):
        self.failures_left = failures_before_success
        self.calls = 0

    def __call__(self, url: str) -> str:
        self.calls += 1
        if self.failures_left > 0:
            self.failures_left -= 1
            raise TransientError(f"503 from {url} (call {self.calls})")
        return json.dumps({"url": url, "items": [1, 2, 3], "call": self.calls})


def fetch_with_retry(fetch, url, max_attempts=5, base_delay=0.5, factor=2.0, max_delay=4.0):
    delays = []
    for attempt in range(1, max_attempts + 1):
        try:
            payload = json.loads(fetch(url))
        except TransientError as e:
            if attempt == max_attempts:
                raise RuntimeError(f"giving up on {url} after {attempt} attempts") from e
            delay = min(max_delay, base_delay * factor ** (attempt - 1))
            delays.append(delay)
            print(f"  attempt {attempt} failed: {e}; backing off {delay:.2f}s")
        else:
            return payload, delays
    raise AssertionError("unreachable")


for url, failures in [("https://api/a", 0), ("https://api/b", 3), ("https://api/c", 9)]:
    print(f"GET {url}")
    fetcher = FlakyFetcher(failures)
    try:
        data, delays = fetch_with_retry(fetcher, url)
        print(f"  success on call {data['call']}: {len(data['items'])} items, waited {sum(delays):.2f}s total")
    except RuntimeError as e:
        print(f"  FAILED: {e}")
        print(f"  cause: {type(e.__cause__).__name__}: {e.__cause__}")
    print(f"  tool calls made: {fetcher.calls}")
