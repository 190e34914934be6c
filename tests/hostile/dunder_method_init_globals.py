# expect: error AttributeError
# attacks: [].__class__.__init__.__globals__
print('ESCAPED', [].__class__.__init__.__globals__)
