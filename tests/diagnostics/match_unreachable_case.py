def route(cmd):
    match cmd:
        case other:
            return 1
        case "go":
            return 0
    match cmd:
        case [a, *b, *c]:
            pass
