# expect: error OverflowError
# attacks: "a" * 2**63 (repeat count beyond the index range; CPython raises OverflowError)
x = 'a' * 2**63
