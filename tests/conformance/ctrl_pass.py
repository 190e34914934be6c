# ctrl: pass in functions, loops, branches and exception handlers
def stub():
    pass
print(stub())
for i in range(3):
    pass
print(i)
if True:
    pass
else:
    print("never")
while False:
    pass
try:
    1 / 0
except ZeroDivisionError:
    pass
print("done")
