# expect: error RecursionError
# Encoding a structure nested deeper than the limit is a RecursionError too.
import json
x = []
for _ in range(5000):
    x = [x]
json.dumps(x)
