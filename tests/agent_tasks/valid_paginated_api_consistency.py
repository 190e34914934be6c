# task: fetch all pages from a simulated paginated API and validate consistency: cursors, duplicates, totals, ordering
import json

PAGES = {
    None: '{"items": [{"id": 1, "ts": 100}, {"id": 2, "ts": 105}, {"id": 3, "ts": 110}], "next": "c2", "total": 11}',
    "c2": '{"items": [{"id": 4, "ts": 120}, {"id": 3, "ts": 110}, {"id": 5, "ts": 118}], "next": "c3", "total": 11}',
    "c3": '{"items": [{"id": 6, "ts": 130}, {"id": 7}, {"id": 8, "ts": 140}], "next": "c4", "total": 12}',
    "c4": '{"items": [{"id": 9, "ts": 150}], "next": "c9", "total": 12}',
}


class PageError(Exception):
    pass


def fetch_page(cursor):
    if cursor not in PAGES:
        raise PageError(f"cursor {cursor!r} returned 404")
    return json.loads(PAGES[cursor])


def fetch_all(max_pages: int = 10):
    cursor, page_no = None, 0
    while page_no < max_pages:
        page_no += 1
        try:
            page = fetch_page(cursor)
        except PageError as e:
            yield page_no, None, str(e)
            return
        yield page_no, page, None
        cursor = page.get("next")
        if cursor is None:
            return


items, issues, totals = [], [], set()
seen_ids = {}
for page_no, page, error in fetch_all():
    if error:
        issues.append(f"page {page_no}: {error}")
        break
    totals.add(page["total"])
    for pos, item in enumerate(page["items"]):
        if "ts" not in item:
            issues.append(f"page {page_no} item {pos}: id {item['id']} missing 'ts'")
            continue
        if item["id"] in seen_ids:
            issues.append(f"page {page_no}: id {item['id']} already seen on page {seen_ids[item['id']]}")
            continue
        if items and item["ts"] < items[-1]["ts"]:
            issues.append(f"page {page_no}: id {item['id']} ts {item['ts']} out of order (after {items[-1]['ts']})")
        seen_ids[item["id"]] = page_no
        items.append(item)

if len(totals) > 1:
    issues.append(f"'total' changed during pagination: {sorted(totals)}")
expected = max(totals)
print(f"collected {len(items)} unique items; server claims total={expected}")
print("ids:", [i["id"] for i in items])
print(f"{len(issues)} consistency issue(s):")
for issue in issues:
    print("  *", issue)
print("verdict:", "COMPLETE" if not issues and len(items) == expected else "INCOMPLETE - retry with a fresh snapshot")
