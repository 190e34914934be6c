//! Which jobs need the module prelude (the attributes of allowlisted modules written in Python): a pooled VM
//! installs it only for a script that may reach one, so `import time; time.sleep(1)` keeps the VM small.

use npython::compile;
use npython_vm::program_uses_prelude_modules;

fn needs(src: &str) -> bool {
    let program = compile(src, "job.py")
        .program
        .expect("test scripts compile");
    program_uses_prelude_modules(&program)
}

#[test]
fn native_attributes_of_a_mixed_module_do_not_need_it() {
    assert!(!needs("print(1)\n"));
    assert!(!needs("import time\ntime.sleep(0.1)\nprint(time.time())\n"));
    assert!(!needs("import random\nprint(random.randint(1, 6))\n"));
    assert!(!needs("import json, math\nprint(json.dumps([math.pi]))\n"));
}

#[test]
fn a_python_attribute_named_anywhere_needs_it() {
    assert!(needs("import time\nprint(time.gmtime(0))\n"));
    assert!(needs("from time import strftime\n"));
    assert!(needs("import random as r\nrng = r.Random(4)\n"));
    assert!(needs("import collections\nc = collections.deque('aab')\n"));
    assert!(needs(
        "def f():\n    import time\n    return time.struct_time\n"
    ));
    assert!(needs("from time import *\n"));
}

#[test]
fn reflection_on_a_module_needs_it() {
    assert!(needs("import time\nprint(getattr(time, 'gm' + 'time'))\n"));
    assert!(needs("import random\nprint(dir(random))\n"));
    assert!(needs("import time\nprint(vars(time))\n"));
    assert!(needs("import time\nprint(time.__dict__)\n"));
    // A string naming the attribute is a mention too.
    assert!(needs("import time\nname = 'gmtime'\n"));
}
