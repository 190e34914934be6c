# str: isdigit, isalpha, isalnum, isspace, isupper, islower
tests = ["123", "abc", "abc123", "   ", "ABC", "abc", "Abc", "", "12.5", " \t\n", "ÉCOLE", "é", "A1!"]
for t in tests:
    print(repr(t), t.isdigit(), t.isalpha(), t.isalnum(), t.isspace(), t.isupper(), t.islower())
