# area: err: subscripting None returned by a failed regex match raises TypeError
import re
for line in ["id=12", "id=7", "name=x"]:
    m = re.match(r"id=(\d+)", line)
    print("line", line)
    print("  id:", m[1])
