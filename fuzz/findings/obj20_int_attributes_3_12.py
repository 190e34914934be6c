print(hasattr(5, 'is_integer'))
print([n for n in dir(5) if not n.startswith('_')])
