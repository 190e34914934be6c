# expect: killed instructions
# attacks: pow(a, huge, m) with a huge exponent and modulus
print(pow(3, 2 ** 1000000, 2 ** 1000000 + 1))
