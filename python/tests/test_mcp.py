"""`npython mcp` driven by a real MCP client: the Python `mcp` package's stdio client.

The server binary is $NPYTHON_BIN, else target/release/npython (built by `cargo test --workspace --release`
in .ci/run), else target/debug/npython."""

import asyncio
import os
import pathlib

import pytest

mcp = pytest.importorskip("mcp", reason="the MCP client package (pip install mcp) is part of the CI venv")
from mcp.client.stdio import StdioServerParameters, stdio_client  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parents[2]


def npython_binary():
    if os.environ.get("NPYTHON_BIN"):
        return os.environ["NPYTHON_BIN"]
    target = pathlib.Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target"))
    for profile in ("release", "debug"):
        path = target / profile / "npython"
        if path.exists():
            return str(path)
    pytest.fail("no npython binary: build it (cargo build --release) or set NPYTHON_BIN")


def prompt_block():
    text = (ROOT / "docs" / "PROMPT.md").read_text()
    return text.split("```text\n", 1)[1].split("\n```", 1)[0]


async def session_run(args, body):
    params = StdioServerParameters(command=npython_binary(), args=["mcp", *args])
    async with stdio_client(params) as (read, write):
        async with mcp.ClientSession(read, write) as session:
            init = await session.initialize()
            return init, await body(session)


def test_run_python_over_stdio():
    async def body(session):
        tools = (await session.list_tools()).tools
        ok = await session.call_tool("run_python", {"code": "print('hi')\n{'n': x * 2}", "inputs": {"x": 21}})
        err = await session.call_tool("run_python", {"code": "1/0"})
        spin = await session.call_tool("run_python", {"code": "while True: pass"})
        bad = await session.call_tool("run_python", {"code": "def(:"})
        return tools, ok, err, spin, bad

    init, (tools, ok, err, spin, bad) = asyncio.run(session_run(["--max-instructions", "100000"], body))
    assert init.server_info.name == "npython"
    assert [t.name for t in tools] == ["run_python"]
    assert prompt_block() in tools[0].description
    assert set(tools[0].input_schema["properties"]) == {"code", "inputs"}

    assert not ok.is_error
    assert ok.structured_content["status"] == "ok"
    assert ok.structured_content["result"] == {"n": 42}
    assert ok.structured_content["stdout"] == "hi\n"

    assert err.is_error
    assert err.structured_content["error"]["type"] == "ZeroDivisionError"
    assert "Traceback" in err.structured_content["error"]["traceback"]

    assert spin.is_error and spin.structured_content["limit"] == "instructions"
    assert bad.is_error and bad.structured_content["status"] == "invalid"


def test_the_server_grants_no_authority_the_operator_did_not():
    async def body(session):
        a = await session.call_tool("run_python", {"code": "import os"})
        b = await session.call_tool("run_python", {"code": "import tools\ntools.search(q='x')"})
        c = await session.call_tool("run_python", {"code": "1", "inputs": {"not ok": 1}})
        return a, b, c

    _, (a, b, c) = asyncio.run(session_run([], body))
    assert a.is_error and a.structured_content["error"]["type"] == "ModuleNotFoundError"
    assert b.is_error
    assert c.is_error and "identifier" in c.structured_content["error"]["message"]
