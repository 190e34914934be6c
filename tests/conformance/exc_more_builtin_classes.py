# exc_: builtin exception classes scripts raise in hand-written parsers and I/O code (SyntaxError, EOFError, warnings, OSError family)
def parse(tokens):
    if not tokens:
        raise EOFError("unexpected end of input")
    if tokens[0] == "(" and tokens[-1] != ")":
        raise SyntaxError("unbalanced parenthesis")
    return tokens


for src in [[], ["(", "a"], ["(", "a", ")"]]:
    try:
        print(parse(src))
    except (EOFError, SyntaxError) as e:
        print(type(e).__name__, e, repr(e))


class TemplateError(SyntaxError):
    pass


try:
    raise TemplateError("missing }")
except SyntaxError as e:
    print("caught", type(e).__name__, isinstance(e, Exception))

for cls in [FileExistsError, IsADirectoryError, NotADirectoryError, BrokenPipeError, ConnectionRefusedError,
            ConnectionResetError, IndentationError, TabError, UserWarning, DeprecationWarning, RuntimeWarning]:
    print(cls.__name__, [c.__name__ for c in cls.__mro__[1:-2]], cls)
print(IOError is OSError, EnvironmentError is OSError, issubclass(FileExistsError, OSError))
try:
    raise DeprecationWarning("use v2")
except Warning as w:
    print("warning:", w)
