# expect: killed time
# attacks: infinite loop inside try/except BaseException with finally
while True:
    try:
        while True:
            pass
    except BaseException:
        print('ESCAPED: caught the kill')
    finally:
        print('ESCAPED: finally ran')
