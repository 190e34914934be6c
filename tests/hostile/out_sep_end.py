# expect: killed output
# attacks: huge sep/end arguments
s = '-' * 10**7
print(1, 2, sep=s, end=s)
print(1, 2, sep=s, end=s)
