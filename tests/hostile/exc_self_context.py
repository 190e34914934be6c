# expect: error ValueError
# attacks: an exception that is its own context
e = ValueError("self")
e.__context__ = e
raise e
