# area: err: every retry fails and the final ConnectionError is re-raised with a bare raise
attempt = 0
def connect():
    global attempt
    attempt += 1
    raise ConnectionError(f"connection refused (attempt {attempt})")

for i in range(3):
    try:
        connect()
    except ConnectionError as e:
        print("retry after:", e)
        if i == 2:
            raise
