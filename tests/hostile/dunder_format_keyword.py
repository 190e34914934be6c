# expect: error AttributeError
# attacks: str.format keyword field walking to __init__.__globals__
print('ESCAPED', '{x.__init__.__globals__}'.format(x=[]))
