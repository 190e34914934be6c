# expect: killed output
# attacks: multi-byte characters count as UTF-8 bytes
while True:
    print('\u00e9\u4e2d\U0001F600' * 300)
