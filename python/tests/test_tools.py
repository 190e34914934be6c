"""Tools: Python callables called from scripts inside `with scope("tools", tok)`, and tokens."""

import threading

import pytest

import npython

CALL = """
import tools
with scope("tools", tok):
    r = tools.search(q="rust", n=2)
r
"""

CATCH = """
import tools
with scope("tools", tok):
    try:
        out = tools.{name}()
    except Exception as e:
        out = [type(e).__name__, str(e)]
out
"""


def search(q, n=1):
    return {"q": q, "hits": [f"{q}-{i}" for i in range(n)]}


def test_a_tool_is_called_with_json_in_and_out(store):
    seen = []

    def spy(**kwargs):
        seen.append(kwargs)
        return search(**kwargs)

    tok = store.tools_token(["search"])
    r = npython.run(CALL, tools={"search": spy}, tokens={"tok": tok}, keystore=store)
    assert r.status == "ok", r.error
    assert r.result == {"q": "rust", "hits": ["rust-0", "rust-1"]}
    assert seen == [{"q": "rust", "n": 2}]


def test_run_with_tools_mints_the_token_itself(store):
    r = npython.run_with_tools(CALL, {"search": search}, keystore=store)
    assert r.result["hits"] == ["rust-0", "rust-1"]


@pytest.mark.parametrize(
    "tool, script_type, words",
    [
        (lambda: 1 / 0, "OSError", "raised ZeroDivisionError: division by zero"),
        (lambda: {}["k"], "FileNotFoundError", "raised KeyError"),
        (lambda: int("x"), "ValueError", "raised ValueError"),
        (lambda: {1, 2}, "OSError", "set is not JSON data"),
        (lambda: object(), "OSError", "not JSON data"),
        (lambda: {"k": float("inf")}, "OSError", "not a JSON number"),
    ],
)
def test_a_raising_tool_or_a_non_json_answer_is_the_script_s_exception(store, tool, script_type, words):
    r = npython.run_with_tools(CATCH.format(name="bad"), {"bad": tool}, keystore=store)
    assert r.status == "ok", r.error
    kind, message = r.result
    assert kind == script_type
    assert words in message


def test_an_uncaught_tool_exception_ends_the_script_with_a_traceback(store):
    def broken(**kwargs):
        raise RuntimeError("backend down")

    src = "import tools\nwith scope('tools', tok):\n    tools.broken()\n"
    r = npython.run_with_tools(src, {"broken": broken}, keystore=store)
    assert r.status == "error"
    assert "backend down" in r.error.message and r.error.line == 3


def test_without_a_scope_or_with_a_token_for_another_tool_the_tool_is_never_called(store):
    called = []

    def spy(**kwargs):
        called.append(kwargs)
        return 1

    r = npython.run("import tools\ntools.spy()", tools={"spy": spy})
    assert r.status == "error"
    other = store.tools_token(["search"])
    src = "import tools\nwith scope('tools', tok):\n    tools.spy()\n"
    r = npython.run(src, tools={"spy": spy}, tokens={"tok": other}, keystore=store)
    assert r.status == "error" and r.error.type == "CapabilityError"
    r = npython.run(src, tools={"spy": spy}, tokens={"tok": store.tools_token(["spy"], tenant="acme")},
                    keystore=store)
    assert r.status == "error" and r.error.type == "CapabilityError"
    assert called == []


def test_key_store_mint_inspect_attenuate_revoke(store):
    tok = store.mint("tools", tenant="acme", allow_tools=["search", "fetch"], expires="10m")
    info = store.inspect(tok)
    assert info["tenant"] == "acme" and info["capability"] == "tools" and info["verifies"] is True
    assert any("search" in r for r in info["restrictions"])
    narrow = store.attenuate(tok, allow_tools=["search"])
    assert len(store.inspect(narrow)["restrictions"]) == len(info["restrictions"]) + 1
    src = "import tools\nwith scope('tools', tok):\n    r = tools.search(q='x')\nr"
    r = npython.run(src, tools={"search": search}, tokens={"tok": narrow}, tenant="acme", keystore=store)
    assert r.status == "ok" and r.result["q"] == "x"
    assert store.revoke(tok) is True
    assert store.revoke(tok) is False
    assert store.inspect(narrow)["verifies"] is False
    r = npython.run(src, tools={"search": search}, tokens={"tok": narrow}, tenant="acme", keystore=store)
    assert r.status == "error" and r.error.type == "CapabilityError"


def test_key_store_refuses_bad_requests(store):
    with pytest.raises(ValueError, match="--allow-tool"):
        store.mint("tools")
    with pytest.raises(ValueError, match="not a valid token"):
        store.inspect("garbage")
    with pytest.raises(ValueError):
        store.revoke("not-an-id")
    with pytest.raises(ValueError):
        store.mint("tools", allow_tools=["x"], expires="forever-ish")


def test_a_python_exception_in_a_tool_while_other_jobs_run(store):
    tok = store.tools_token(["search", "broken"])
    gate = threading.Event()

    def broken(**kwargs):
        gate.wait(5)
        raise ValueError("bad query")

    engine = npython.Engine(2, vms=16, tools={"search": search, "broken": broken}, keystore=store)
    call = "import tools\nwith scope('tools', tok):\n    r = tools.{}(q='a')\nr"
    jobs = [{"source": call.format("broken"), "tokens": {"tok": tok}, "id": "bad"}]
    jobs += [{"source": f"sum(range({i}))", "id": f"n{i}"} for i in range(20)]
    jobs += [{"source": call.format("search"), "tokens": {"tok": tok}, "id": "good"}]
    threading.Timer(0.2, gate.set).start()
    results = {r.id: r for r in engine.run_many(jobs)}
    assert results["bad"].status == "error" and results["bad"].error.type == "ValueError"
    assert "bad query" in results["bad"].error.message
    assert results["good"].result == {"q": "a", "hits": ["a-0"]}
    assert all(results[f"n{i}"].result == sum(range(i)) for i in range(20))
