# expect: error RecursionError
# A JSON document nested 100,000 deep is refused with RecursionError, never a host stack overflow.
import json
json.loads("[" * 100000 + "]" * 100000)
