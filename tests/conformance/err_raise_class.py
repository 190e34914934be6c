# err: raising a bare exception class with no message
print("about to fail")
raise ValueError
