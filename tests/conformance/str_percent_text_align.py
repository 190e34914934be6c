# area: %-formatting of text: right alignment by default, - for left, width with precision, %c with a str or an int
rows = [("alpha", 3, 2.5), ("be", 12, 10.0), ("gamma-delta", 7, 0.125)]
for name, n, v in rows:
    print("%-8s|%6s|%4d|%8.3f|%.3s|%-5r|" % (name, name, n, v, name, n))
print("%3c%-3c%c" % ("x", 65, "z"), "%10.4s|" % "abcdefg", "%5s|%-5s|" % (None, True))
print("%(k)8s|%(k)-8s|" % {"k": "key"})
