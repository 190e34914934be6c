# expect: ok
# attacks: substring search worst case must not be O(n*m)
h = 'a' * 1000000
n = 'a' * 500000 + 'b'
print(h.find(n), h.count('aa'), n in h)
