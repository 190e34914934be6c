# area: err: a custom exception raised from a lower-level error is reported last, after the cause
class StorageError(Exception):
    pass

def save(store, key, value):
    try:
        store[key].append(value)
    except KeyError as e:
        raise StorageError(f"bucket {key!r} does not exist") from e

store = {"logs": []}
save(store, "logs", "started")
print(store)
save(store, "metrics", 42)
