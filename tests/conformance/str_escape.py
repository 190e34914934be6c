# str: escape sequences in literals and their printed forms and lengths
s = "a\tb\nc\\d\"e'f"
print(s)
print(len(s))
print(len("\n"), len("\\n"), len("\x41"), "\x41\x42")
print("\u00e9\u65e5", len("\u00e9"))
print('single \'quoted\'', "double \"quoted\"")
raw = "C:\\path\\to"
print(raw, len(raw))
print("col1\tcol2")
print("multi\nline\nstring")
print("""triple "quoted" string""")
print('''also 'triple' quoted''')
print("concat" "enated")
