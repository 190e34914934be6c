# area: err: a variable assigned only in one branch is read on the other path (UnboundLocalError)
def summarize(rows):
    if rows:
        best = max(rows)
    return f"{len(rows)} rows, best={best}"

print(summarize([3, 9, 4]))
print(summarize([]))
