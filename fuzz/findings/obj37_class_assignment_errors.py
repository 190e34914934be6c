class K:
    pass
k = K()
for action in ('set', 'del'):
    try:
        if action == 'set':
            k.__class__ = 5
        else:
            del k.__class__
    except Exception as e:
        print(type(e).__name__, e)
