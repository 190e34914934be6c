# expect: killed time
# attacks: while True: pass
while True:
    pass
