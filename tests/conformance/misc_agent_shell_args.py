# area: realistic agent script: split shell-like command lines honouring quotes and escapes, then parse flags and options
def shell_split(line):
    args, cur, quote, escape, started = [], "", None, False, False
    for ch in line:
        if escape:
            cur += ch
            escape = False
            started = True
        elif ch == "\\" and quote != "'":
            escape = True
        elif quote:
            if ch == quote:
                quote = None
            else:
                cur += ch
        elif ch in "'\"":
            quote = ch
            started = True
        elif ch.isspace():
            if started:
                args.append(cur)
                cur, started = "", False
        else:
            cur += ch
            started = True
    if quote:
        raise ValueError(f"unterminated {quote} quote")
    if started:
        args.append(cur)
    return args

def parse(argv):
    opts, flags, pos = {}, set(), []
    it = iter(argv)
    for a in it:
        if a == "--":
            pos.extend(it)
        elif a.startswith("--"):
            name, eq, val = a[2:].partition("=")
            if eq:
                opts[name] = val
            else:
                flags.add(name)
        elif a.startswith("-") and len(a) > 1:
            flags.update(a[1:])
        else:
            pos.append(a)
    return opts, sorted(flags), pos

for line in ['grep -rn "hello world" src/', "cp 'my file.txt' backup\\ dir/", 'echo "a \\"quoted\\" word" \'single \\n raw\'',
             "run --env=prod --verbose -xv -- --not-a-flag file", '   spaced    out   ', 'echo ""', "bad 'quote"]:
    try:
        argv = shell_split(line)
        print(f"{line!r}\n   argv={argv}\n   parsed={parse(argv[1:])}")
    except ValueError as e:
        print(f"{line!r}\n   error: {e}")
