# expect: ok
# attacks: patterns whose compiled program would be enormous (nested counted repeats) or whose source is huge; compilation refuses them with re.error instead of taking the memory
import re
for p in ["(?:a{1000}){1000}{1000}", "(?:(?:\\w{100}){100}){100}", "x" * 100000]:
    try:
        re.compile(p)
        print("ESCAPED: compiled", p[:20])
    except re.error as e:
        print("refused:", str(e)[:40].split(":")[0])
