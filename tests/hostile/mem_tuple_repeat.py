# expect: killed memory
# attacks: tuple repetition of a big tuple
t = tuple(range(1000)) * 10**8
