# area: err: paginating a result list walks past the end and raises IndexError
results = [f"doc-{i}" for i in range(7)]
page_size = 3

def page(n):
    start = n * page_size
    return [results[i] for i in range(start, start + page_size)]

print(page(0))
print(page(1))
print(results[-1], len(results))
print(page(2))
