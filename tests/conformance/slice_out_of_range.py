# slice: out-of-range slice bounds are clamped, never raise
lst = [1, 2, 3]
print(lst[0:100], lst[-100:2], lst[5:10], lst[-100:-50])
print(lst[100:], lst[:-100], lst[::100])
print(lst[10:-10:-1], lst[-10:10])
print("abc"[1:99], "abc"[99:], repr("abc"[5:1]))
print((1, 2)[3:], (1, 2)[-5:1])
print(lst[2:1000:-1], lst[1000:0:-1])
