"""nPython from Python: run untrusted Python-subset scripts in-process, with hard limits.

``npython.run(source, inputs=..., limits=..., tools=..., tokens=...)`` runs one script and returns a
``RunResult``; ``npython.Engine`` runs many in parallel on its own workers; ``npython.KeyStore`` mints the
capability tokens a script needs to call tools. See docs/PYTHON.md.
"""

from __future__ import annotations

import asyncio
from typing import Any, Callable, Iterable, Mapping, Optional

from ._native import Engine, KeyStore, RunResult, ScriptError, __version__, run

__all__ = [
    "Engine",
    "KeyStore",
    "RunResult",
    "ScriptError",
    "arun",
    "arun_many",
    "run",
    "run_with_tools",
    "__version__",
]


def run_with_tools(
    source: str,
    tools: Mapping[str, Callable[..., Any]],
    *,
    token_name: str = "tok",
    keystore: Optional[KeyStore] = None,
    tenant: str = "default",
    expires: str = "15m",
    **kwargs: Any,
) -> RunResult:
    """Runs ``source`` with ``tools``, minting a short-lived token for exactly those tools.

    The script sees the token as the global ``token_name`` (default ``tok``) and calls the tools inside
    ``with scope("tools", tok):``. The token is minted in ``keystore`` (default ``$NPYTHON_HOME``, whose
    signing key is created on first use), for ``tenant``, and expires after ``expires``.
    """
    store = keystore if keystore is not None else KeyStore()
    token = store.tools_token(list(tools), tenant=tenant, expires=expires)
    tokens = dict(kwargs.pop("tokens", None) or {})
    tokens[token_name] = token
    return run(source, tools=dict(tools), tokens=tokens, keystore=store, tenant=tenant, **kwargs)


async def arun(source: str, **kwargs: Any) -> RunResult:
    """``npython.run`` without blocking the event loop (it runs on a worker thread, GIL released)."""
    return await asyncio.get_running_loop().run_in_executor(None, lambda: run(source, **kwargs))


async def arun_many(engine: Engine, jobs: Iterable[Any]) -> list:
    """``engine.run_many(jobs)`` without blocking the event loop."""
    jobs = list(jobs)
    return await asyncio.get_running_loop().run_in_executor(None, lambda: engine.run_many(jobs))
