# expect: killed instructions
# attacks: repeated multiplication of 4-million-bit ints inside try/except BaseException: bigint work must be charged as fuel and the kill must not be catchable
x = (1 << 4000000) - 1
while True:
    try:
        y = x * x
    except BaseException:
        print("ESCAPED: caught the kill")
