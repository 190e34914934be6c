for i in range(3):
    pass
if True:
    break
