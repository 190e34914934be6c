# expect: killed memory
# attacks: string doubling inside try/except BaseException; the kill is not catchable
s = "a"
while True:
    try:
        s = s + s
    except BaseException:
        print("ESCAPED: caught the kill")
