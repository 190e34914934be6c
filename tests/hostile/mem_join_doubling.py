# expect: killed memory
# attacks: str.join doubling
s = 'ab'
while True:
    s = ''.join([s, s, s])
