# expect: killed output
# attacks: printing forever inside try/except BaseException
while True:
    try:
        print('y' * 1000)
    except BaseException:
        pass
