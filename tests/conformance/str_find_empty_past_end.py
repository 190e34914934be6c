# str.find/rfind/count/index with an empty needle and a start at or past the end, and huge bounds.
print('abc'.find('',4), 'abc'.count('',4), 'abc'.rfind('',4), 'abc'.find('',3), 'abc'.count('',3), 'abc'.find('', -10), 'abc'.count('', 1, 0), 'héllo'.find('', 5), 'héllo'.find('', 6), 'abc'.find('b', 10**30))
try: 'abc'.index('',4)
except ValueError as e: print(e)
