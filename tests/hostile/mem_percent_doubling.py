# expect: killed memory
# attacks: %-format doubling
s = 'ab'
while True:
    s = '%s%s' % (s, s)
