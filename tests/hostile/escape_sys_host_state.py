# expect: error AttributeError
# attacks: `sys` is importable but describes nPython only: no frames, modules, path, executable, environment, hooks or real streams
import sys
for name in ["_getframe", "modules", "path", "meta_path", "path_hooks", "executable", "prefix", "exec_prefix",
             "settrace", "setprofile", "gettrace", "addaudithook", "audit", "exc_info", "exception", "flags",
             "orig_argv", "getsizeof", "get_asyncgen_hooks", "stdin", "__stdout__", "displayhook", "excepthook",
             "builtin_module_names", "stdlib_module_names", "dont_write_bytecode", "implementation"]:
    assert not hasattr(sys, name), name
assert sys.argv == ["<script>"] and sys.platform == "npython"
assert type(sys.stdout).__name__ == "TextIOWrapper"
for attr in ["__dict__", "__class__", "__init__", "_name", "write"]:
    try:
        print(attr, type(getattr(sys.stdout, attr)).__name__)
    except AttributeError as e:
        print("no", attr)
sys.setrecursionlimit(10 ** 9)
assert sys.getrecursionlimit() <= 1000
sys.modules["os"] = None
