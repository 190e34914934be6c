# str.encode / bytes.decode with latin-1 and unicode_escape, and CPython's encoding errors.
print("tab\tü🚀\\ é€".encode("unicode_escape"), b"caf\\xe9 \\u2713 \\U0001f680 \\n\\t\\\\ \\101".decode("unicode_escape"))
print("line\nnext 'q' \"dq\"".encode("unicode_escape"), b"a\\\nb".decode("unicode_escape"))
print("café".encode("latin-1"), b"caf\xe9".decode("latin1"), "x".encode("ISO-8859-1"), "€".encode("latin-1", errors="replace"))
print("naïve €".encode("latin_1", "ignore"), bytes(range(250, 256)).decode("latin-1"))
for bad in [lambda: "é".encode("ascii"), lambda: "€".encode("latin-1"), lambda: "🚀".encode("ascii"),
            lambda: b"\\x4".decode("unicode_escape"), lambda: b"ab\\u12".decode("unicode_escape"),
            lambda: b"x\\".decode("unicode_escape"), lambda: b"\xff".decode("ascii")]:
    try:
        print(bad())
    except UnicodeError as e:
        print(type(e).__name__, e)
