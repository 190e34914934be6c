# expect: ok
# attacks: catastrophic backtracking in patterns that need the backtracking engine (backreferences, lookaround); each search gives up at the backtrack limit with a catchable re.error
import re
# One search: a failed one is charged its full step budget as fuel, so the tight run allows only one.
hostile = [r"^(a|aa)+(?=c)\1"]
for p in hostile:
    try:
        re.search(p, "a" * 40 + "b")
        print("ESCAPED: no limit on", p)
    except re.error as e:
        assert "backtracking" in str(e), str(e)
print("bounded")
