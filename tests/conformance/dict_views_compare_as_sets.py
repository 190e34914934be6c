# dict_: keys and items views compare with sets, frozensets and other views as sets (==, !=, <, <=, >, >=)
d = {'a': 1, 'b': 2}
print(d.keys() == {'a', 'b'}, d.items() == {('a', 1), ('b', 2)}, {'a', 'b'} == d.keys(), d.keys() != {'a'})
print({'a': 1}.items() <= {('a', 1), ('b', 2)}, d.keys() < {'a', 'b', 'c'}, d.keys() >= {'a'}, d.keys() == frozenset('ab'))
print(d.keys() == {'x': 1, 'a': 2, 'b': 3}.keys() - {'x'}, d.keys() == ['a', 'b'], d.values() == d.values())
old, new = {'a': 1, 'b': 2}, {'b': 3, 'c': 4}
print(sorted(old.keys() & new.keys()), old.keys() == new.keys(), old.keys() <= (old | new).keys())
