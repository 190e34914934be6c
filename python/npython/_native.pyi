"""Type stubs of the native module npython._native (re-exported by npython)."""

from os import PathLike
from typing import Any, Callable, Iterable, Literal, Mapping, Optional, Union

__version__: str

_Status = Literal["ok", "error", "invalid", "killed", "cancelled", "internal"]
_Path = Union[str, "PathLike[str]"]

class ScriptError:
    """An uncaught exception of the script."""

    type: str
    message: str
    line: int
    traceback: str

class RunResult:
    """The outcome of one script run (the job schema's result)."""

    id: Optional[str]
    status: _Status
    result: Any
    result_repr: bool
    stdout: str
    stderr: str
    error: Optional[ScriptError]
    limit: Optional[Literal["instructions", "memory", "time", "output", "result"]]
    reason: Optional[str]
    diagnostics: list[dict[str, Any]]
    instructions: int
    wall_ms: float
    cpu_ms: float
    @property
    def ok(self) -> bool: ...
    def to_json(self) -> str: ...
    def to_dict(self) -> dict[str, Any]: ...

class KeyStore:
    """The CLI's key store (default $NPYTHON_HOME, else ~/.npython)."""

    def __init__(self, path: Optional[_Path] = None) -> None: ...
    @property
    def path(self) -> str: ...
    def mint(
        self,
        cap: str,
        *,
        tenant: str = "default",
        expires: str = "1h",
        allow_tools: Optional[list[str]] = None,
        allow_hosts: Optional[list[str]] = None,
        allow_methods: Optional[list[str]] = None,
        allow_schemes: Optional[list[str]] = None,
        path_prefixes: Optional[list[str]] = None,
        read_only: bool = False,
        quota_bytes: Optional[int] = None,
        timeout_ms: Optional[int] = None,
    ) -> str: ...
    def tools_token(
        self,
        tools: Union[Iterable[str], Mapping[str, Any]],
        *,
        tenant: str = "default",
        expires: str = "1h",
    ) -> str: ...
    def attenuate(
        self,
        token: str,
        *,
        expires: Optional[str] = None,
        allow_tools: Optional[list[str]] = None,
        allow_hosts: Optional[list[str]] = None,
        allow_methods: Optional[list[str]] = None,
        allow_schemes: Optional[list[str]] = None,
        path_prefixes: Optional[list[str]] = None,
        read_only: bool = False,
        quota_bytes: Optional[int] = None,
        timeout_ms: Optional[int] = None,
    ) -> str: ...
    def inspect(self, token: str) -> dict[str, Any]: ...
    def revoke(self, target: str) -> bool: ...

def run(
    source: str,
    *,
    inputs: Optional[Mapping[str, Any]] = None,
    limits: Optional[Mapping[str, int]] = None,
    tokens: Optional[Mapping[str, str]] = None,
    tools: Optional[Mapping[str, Callable[..., Any]]] = None,
    seed: int = 0,
    filename: str = "<script>",
    tenant: str = "default",
    keystore: Union[KeyStore, _Path, None] = None,
    fs_root: Optional[_Path] = None,
) -> RunResult: ...

class Engine:
    """A scheduler with its own workers and VM pool."""

    def __init__(
        self,
        workers: Optional[int] = None,
        *,
        vms: Optional[int] = None,
        quantum: Optional[int] = None,
        tools: Optional[Mapping[str, Callable[..., Any]]] = None,
        keystore: Union[KeyStore, _Path, None] = None,
        tenant: str = "default",
    ) -> None: ...
    def run(
        self,
        source: str,
        *,
        inputs: Optional[Mapping[str, Any]] = None,
        limits: Optional[Mapping[str, int]] = None,
        tokens: Optional[Mapping[str, str]] = None,
        seed: int = 0,
        filename: str = "<script>",
        id: Optional[str] = None,
    ) -> RunResult: ...
    def run_many(self, jobs: Iterable[Union[str, Mapping[str, Any]]]) -> list[RunResult]: ...
    def shutdown(self) -> None: ...
