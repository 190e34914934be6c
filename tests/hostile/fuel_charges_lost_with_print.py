# expect: killed instructions
# attacks: builtin fuel charges (here ~3.9e9 per 4-million-bit multiplication) must accumulate even when the loop also prints; a print between charges must not let the loop run forever
x = (1 << 4000000) - 1
while True:
    y = x * x
    print(1)
