# expect: killed output
# attacks: two 10 MB prints
s = 'z' * 10**7
print(s)
print(s)
