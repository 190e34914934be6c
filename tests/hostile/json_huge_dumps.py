# expect: killed memory
# dumps of a huge structure is bounded by the job memory as the text grows.
import json
row = ["x" * 1000] * 1000
json.dumps([row] * 1000)
