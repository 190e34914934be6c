# expect: killed instructions
# attacks: a fuel kill inside try/except BaseException/finally must not run the handler or the finally block
x = (1 << 4000000) - 1
done = 0
try:
    while True:
        y = x * x
        done += 1
except BaseException:
    print("ESCAPED: caught the kill")
finally:
    print("ESCAPED: finally ran")
