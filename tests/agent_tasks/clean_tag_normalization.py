# task: normalise user-entered tags on blog posts (case, plurals, synonyms, separators) and rebuild a tag index
import re
from collections import Counter, defaultdict

POSTS = [
    {"slug": "intro-to-python", "tags": "Python, programming , Beginners"},
    {"slug": "async-io", "tags": "python;asyncio;Concurrency"},
    {"slug": "ml-basics", "tags": "#MachineLearning #python #ML"},
    {"slug": "js-tips", "tags": "JavaScript | JS | web-dev"},
    {"slug": "css-grid", "tags": "CSS,web dev,Layouts"},
    {"slug": "py-testing", "tags": "pytest, Python3, testing, Tests"},
]

SYNONYMS = {
    "js": "javascript",
    "ml": "machine-learning",
    "machinelearning": "machine-learning",
    "python3": "python",
    "webdev": "web-dev",
    "test": "testing",
    "concurrency": "concurrency",
}


def split_tags(raw: str) -> list[str]:
    return [t for t in re.split(r"[,;|#]+", raw) if t.strip()]


def normalise(tag: str) -> str:
    tag = tag.strip().lower()
    tag = re.sub(r"[\s_]+", "-", tag)
    compact = tag.replace("-", "")
    if compact in SYNONYMS:
        return SYNONYMS[compact]
    if tag.endswith("s") and not tag.endswith("ss") and len(tag) > 4:
        singular = tag[:-1]
        return SYNONYMS.get(singular, singular)
    return SYNONYMS.get(tag, tag)


index: dict[str, list[str]] = defaultdict(list)
raw_counter = Counter()
for post in POSTS:
    raw = split_tags(post["tags"])
    raw_counter.update(t.strip() for t in raw)
    tags = sorted({normalise(t) for t in raw})
    post["clean_tags"] = tags
    for tag in tags:
        index[tag].append(post["slug"])

print(f"{len(raw_counter)} raw spellings -> {len(index)} tags")
for post in POSTS:
    print(f"  {post['slug']:<16} {', '.join(post['clean_tags'])}")
print("\ntag index:")
for tag, slugs in sorted(index.items(), key=lambda kv: (-len(kv[1]), kv[0])):
    print(f"  {tag:<17} {len(slugs)}  {' '.join(slugs)}")
