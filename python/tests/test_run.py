"""npython.run: results, errors, limits, and bad input raising clear Python exceptions."""

import threading
import time

import pytest

import npython


def test_last_expression_is_the_result_as_python_data():
    r = npython.run("{'n': x * 2, 'big': 2 ** 100, 'f': 0.5, 'l': [None, True, 'é']}", inputs={"x": 21})
    assert r.status == "ok" and r.ok
    assert r.result == {"n": 42, "big": 2**100, "f": 0.5, "l": [None, True, "é"]}
    assert r.error is None and r.limit is None
    assert r.instructions > 0 and r.wall_ms >= 0


def test_inputs_round_trip_big_ints_tuples_and_nesting():
    data = {"a": [1, (2, 3)], "b": {"c": 10**30}, "d": -1.25}
    r = npython.run("data", inputs={"data": data})
    assert r.result == {"a": [1, [2, 3]], "b": {"c": 10**30}, "d": -1.25}


def test_stdout_and_stderr_are_captured():
    r = npython.run("import sys\nprint('out', 1)\nprint('err', file=sys.stderr)\nNone")
    assert r.stdout == "out 1\n"
    assert r.stderr == "err\n"
    assert r.result is None


def test_uncaught_exception_gives_type_message_line_traceback():
    r = npython.run("x = 1\ndef f():\n    return {}['k']\nf()\n", filename="agent.py")
    assert r.status == "error"
    assert r.error.type == "KeyError"
    assert r.error.message == "'k'"
    assert r.error.line == 3
    assert 'File "agent.py", line 3, in f' in r.error.traceback
    assert r.to_dict()["error"]["type"] == "KeyError"


def test_compile_errors_are_invalid_with_diagnostics():
    r = npython.run("def f(:\n  pass\n")
    assert r.status == "invalid"
    assert r.diagnostics and r.diagnostics[0]["line"] == 1


def test_seed_makes_random_reproducible():
    src = "import random\n[random.randint(0, 10**6) for _ in range(5)]"
    assert npython.run(src, seed=7).result == npython.run(src, seed=7).result
    assert npython.run(src, seed=7).result != npython.run(src, seed=8).result


def test_a_script_that_never_ends_is_killed_by_fuel():
    r = npython.run("while True:\n    pass\n", limits={"max_instructions": 200_000})
    assert r.status == "killed" and r.limit == "instructions"


def test_a_script_that_never_ends_is_killed_by_the_deadline():
    t = time.monotonic()
    r = npython.run("while True:\n    pass\n", limits={"timeout_ms": 300, "max_instructions": 10**15})
    assert r.status == "killed" and r.limit == "time"
    assert time.monotonic() - t < 5


def test_a_one_gigabyte_allocation_is_killed_by_the_memory_limit():
    r = npython.run("x = 'a' * (1 << 30)\nlen(x)", limits={"max_memory_bytes": 64 << 20})
    assert r.status == "killed" and r.limit == "memory"


def test_a_big_list_allocation_is_killed_by_the_memory_limit():
    r = npython.run("x = [0] * (1 << 27)\nlen(x)", limits={"max_memory_bytes": 64 << 20})
    assert r.status == "killed" and r.limit == "memory"


def test_output_and_result_limits():
    r = npython.run("for i in range(10000):\n    print(i)\n", limits={"max_output_bytes": 100})
    assert r.status == "killed" and r.limit == "output"
    r = npython.run("'x' * 1000", limits={"max_result_bytes": 100})
    assert r.status == "killed" and r.limit == "result"


def test_the_gil_is_released_while_a_script_runs():
    ticks = []
    stop = threading.Event()

    def tick():
        while not stop.is_set():
            ticks.append(1)
            time.sleep(0.005)

    t = threading.Thread(target=tick)
    t.start()
    before = len(ticks)
    npython.run("while True:\n    pass\n", limits={"timeout_ms": 400, "max_instructions": 10**15})
    during = len(ticks) - before
    stop.set()
    t.join()
    assert during >= 10, during


def test_no_ambient_authority():
    r = npython.run("import os")
    assert r.status == "error" and r.error.type == "ModuleNotFoundError"
    r = npython.run("open('/etc/passwd').read()")
    assert r.status == "error"


@pytest.mark.parametrize(
    "kwargs, exc, words",
    [
        ({"inputs": {"x": {1, 2}}}, TypeError, "set is not JSON data"),
        ({"inputs": {"x": object()}}, TypeError, "not JSON data"),
        ({"inputs": {"x": {1: 2}}}, TypeError, "dict keys must be str"),
        ({"inputs": {"not an identifier": 1}}, ValueError, "identifier"),
        ({"inputs": {"x": float("nan")}}, ValueError, "not a JSON number"),
        ({"inputs": [1, 2]}, TypeError, "inputs must be a dict"),
        ({"limits": {"max_fuel": 1}}, ValueError, "unknown field"),
        ({"limits": {"timeout_ms": "soon"}}, TypeError, "invalid type"),
        ({"limits": {"timeout_ms": -1}}, ValueError, "not a whole number"),
        ({"limits": 5}, TypeError, "limits must be a dict"),
        ({"tokens": {"tok": 5}}, TypeError, "must both be str"),
        ({"tokens": {"1tok": "npy1_x"}}, ValueError, "identifier"),
        ({"tools": {"search": 5}}, TypeError, "not callable"),
        ({"tools": {"no-dash": print}}, ValueError, "not a valid tool name"),
        ({"tenant": ""}, ValueError, "tenant"),
    ],
)
def test_bad_input_raises_clear_python_exceptions(kwargs, exc, words):
    with pytest.raises(exc, match=words):
        npython.run("1", **kwargs)


def test_source_must_be_str_and_self_containing_data_is_refused():
    with pytest.raises(TypeError, match="source must be a str"):
        npython.run(b"1")
    loop = []
    loop.append(loop)
    with pytest.raises(ValueError, match="contains itself"):
        npython.run("1", inputs={"x": loop})


def test_tokens_without_a_key_store_say_so(tmp_path, monkeypatch):
    monkeypatch.setenv("NPYTHON_HOME", str(tmp_path / "empty"))
    with pytest.raises(ValueError, match="cannot check tokens"):
        npython.run("1", tokens={"tok": "npy1_whatever"})


def test_ctrl_c_cancels_a_running_script_and_raises_keyboard_interrupt():
    import _thread

    timer = threading.Timer(0.3, _thread.interrupt_main)
    timer.start()
    t = time.monotonic()
    with pytest.raises(KeyboardInterrupt):
        npython.run("while True:\n    pass\n", limits={"timeout_ms": 20_000, "max_instructions": 10**15})
    assert time.monotonic() - t < 5
    assert npython.run("1 + 1").result == 2
