# str: format fields cannot switch between automatic and manual numbering, in either order (found by tests/randomized.rs)
for fmt in ['{}{0}', '{0}{}', '{}|{:>5}|{0!r}', '{1}{}', '{0}{1}{0}', '{}{}', '{:{}}']:
    try:
        print(repr(fmt.format('a', 'b')))
    except ValueError as e:
        print(fmt, 'ValueError', e)
    except IndexError as e:
        print(fmt, 'IndexError', e)
