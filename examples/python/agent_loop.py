"""An agent loop with a stand-in model (no network): the "model" writes scripts, nPython runs them with one
tool the host grants, and the result goes back into the conversation (docs/PYTHON.md)."""

import tempfile

import npython

CATALOG = {"rust": ["The Rust Book", "Rust in Action"], "python": ["Fluent Python"]}


def search(q, limit=5):
    """The host's tool: plain Python, JSON data in and out."""
    if not isinstance(q, str):
        raise ValueError("q must be a string")
    return CATALOG.get(q.lower(), [])[:limit]


def stand_in_model(history):
    """Returns the next script, as a model would; a real agent calls its LLM here."""
    if len(history) == 0:
        return 'import tools\nwith scope("tools", tok):\n    hits = tools.search(q=topic)\n{"hits": hits}'
    if len(history) == 1:
        return 'import tools\nwith scope("tools", tok):\n    tools.search(q=None)'  # a mistake to recover from
    return "DONE"


store = npython.KeyStore(tempfile.mkdtemp())  # a throwaway key store for the demo
token = store.tools_token(["search"], expires="5m")  # exactly the tools this agent may call
history = []
while True:
    script = stand_in_model(history)
    if script == "DONE":
        break
    r = npython.run(script, inputs={"topic": "rust"}, tools={"search": search}, tokens={"tok": token},
                    keystore=store, limits={"timeout_ms": 5_000})
    observation = r.result if r.ok else f"{r.error.type}: {r.error.message}"
    history.append(observation)
    print(f"step {len(history)}: {r.status}: {observation}")
