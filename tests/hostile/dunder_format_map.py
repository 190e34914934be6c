# expect: error AttributeError
# attacks: format_map / format of a dict field walking dunders
print('ESCAPED', '{d.__class__.__dict__}'.format(d={}))
