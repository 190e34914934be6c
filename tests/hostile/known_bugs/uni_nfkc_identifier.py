# expect: ok
# attacks: identifiers are NFKC-normalised as in CPython (\ufb01 == fi)
ﬁ = 1
print(fi)
