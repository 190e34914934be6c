# expect: killed time
# attacks: a loop of searches that each backtrack up to the limit and are caught: the deadline still ends the job between searches
import re
while True:
    try:
        re.search(r"^(a|aa)+(?=c)\1", "a" * 40 + "b")
    except re.error:
        pass
