# str: splitlines, partition and rpartition
text = "line one\nline two\r\nline three\n\nlast"
print(text.splitlines())
print("trailing\n".splitlines())
print("".splitlines())
print("a\rb".splitlines())
print("key=value=more".partition("="))
print("key=value=more".rpartition("="))
print("novalue".partition("="))
print("novalue".rpartition("="))
head, sep, tail = "user@example.com".partition("@")
print(head, sep, tail)
for line in text.splitlines():
    print(len(line), line)
