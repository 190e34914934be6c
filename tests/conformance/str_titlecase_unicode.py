# title, capitalize, swapcase, istitle, isupper and islower on titlecase letters, final sigma and uncased letters.
samples = ["\u01c5", "\u01c5a", "\u01c5A", "\u01c6x", "ΣΑΣ", "ΣΑΣ x", "ΑΣ.", "Aǅ", "中a", "hello world's",
           "ﬁle name", "straße", "o'neil mcdonald", "ᾳ test", "a1b2c3", "ÉCOLE élève", ""]
for s in samples:
    print(repr(s), repr(s.title()), repr(s.capitalize()), repr(s.swapcase()), s.istitle(), s.isupper(),
          s.islower())
