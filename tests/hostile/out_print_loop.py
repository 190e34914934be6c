# expect: killed output
# attacks: printing forever
while True:
    print('x' * 1000)
