# expect: error AttributeError
# attacks: f-string attribute walk
print(f"ESCAPED {(1).__class__.__base__.__subclasses__()}")
