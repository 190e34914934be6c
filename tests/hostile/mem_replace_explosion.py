# expect: killed memory
# attacks: str.replace('', big) explosion
x = ('a' * 10**5).replace('', 'b' * 10**5)
