# area: err: custom exception with __str__ override is reported with that text
class HTTPError(Exception):
    def __init__(self, status, url):
        super().__init__(status, url)
        self.status = status
        self.url = url
    def __str__(self):
        return f"HTTP {self.status} for {self.url}"

def fetch(url):
    if "missing" in url:
        raise HTTPError(404, url)
    return f"body of {url}"

print(fetch("/ok"))
try:
    fetch("/missing-1")
except HTTPError as e:
    print("handled:", e, e.args)
fetch("/missing-2")
