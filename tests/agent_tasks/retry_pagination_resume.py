# task: page through a cursor-based API that fails mid-way and resume from the last good cursor
import base64
import json

DATASET = [{"id": i, "title": f"doc-{i:02d}"} for i in range(1, 24)]
PAGE_SIZE = 5
FAIL_PLAN = {("page", 2): 2, ("page", 4): 1}  # page index -> how many times it fails first
failure_counts: dict[tuple, int] = {}


def encode_cursor(offset: int) -> str:
    return base64.urlsafe_b64encode(json.dumps({"o": offset}).encode()).decode()


def decode_cursor(cursor: str) -> int:
    return json.loads(base64.urlsafe_b64decode(cursor.encode()))["o"]


def list_documents(cursor: str | None = None) -> dict:
    offset = decode_cursor(cursor) if cursor else 0
    page_no = offset // PAGE_SIZE
    key = ("page", page_no)
    if failure_counts.get(key, 0) < FAIL_PLAN.get(key, 0):
        failure_counts[key] = failure_counts.get(key, 0) + 1
        raise ConnectionError(f"connection dropped while reading page {page_no}")
    items = DATASET[offset: offset + PAGE_SIZE]
    nxt = offset + PAGE_SIZE
    return {"items": items, "next": encode_cursor(nxt) if nxt < len(DATASET) else None}


def fetch_all(max_retries_per_page: int = 3):
    collected, cursor, pages, retries = [], None, 0, 0
    while True:
        for attempt in range(1, max_retries_per_page + 1):
            try:
                page = list_documents(cursor)
                break
            except ConnectionError as e:
                retries += 1
                print(f"  retry {attempt}/{max_retries_per_page} at cursor {cursor}: {e}")
        else:
            raise RuntimeError(f"stuck at cursor {cursor}")
        pages += 1
        collected.extend(page["items"])
        print(f"page {pages}: ids {[d['id'] for d in page['items']]}")
        cursor = page["next"]
        if cursor is None:
            return collected, pages, retries


docs, pages, retries = fetch_all()
ids = [d["id"] for d in docs]
print(f"fetched {len(docs)} docs in {pages} pages with {retries} retries")
print("complete and ordered:", ids == list(range(1, 24)), "| duplicates:", len(ids) - len(set(ids)))
print("cursor example:", encode_cursor(10), "->", decode_cursor(encode_cursor(10)))
