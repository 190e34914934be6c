# task: classify tool errors into retryable and fatal with an exception hierarchy and chained causes
class ToolFailure(Exception):
    """Base for all failures surfaced to the agent."""

    retryable = False

    def __init__(self, tool: str, message: str):
        super().__init__(f"[{tool}] {message}")
        self.tool = tool


class TransientFailure(ToolFailure):
    retryable = True


class PermanentFailure(ToolFailure):
    pass


class AuthFailure(PermanentFailure):
    pass


def classify(tool: str, exc: Exception) -> ToolFailure:
    match exc:
        case TimeoutError() | ConnectionError():
            return TransientFailure(tool, f"network: {exc}")
        case PermissionError():
            return AuthFailure(tool, f"auth: {exc}")
        case KeyError(args=[key]):
            return PermanentFailure(tool, f"missing field {key!r} in response")
        case ValueError() if "rate" in str(exc):
            return TransientFailure(tool, f"throttled: {exc}")
        case _:
            return PermanentFailure(tool, f"unexpected {type(exc).__name__}: {exc}")


RAW_ERRORS = {
    "weather": [TimeoutError("read timed out"), ConnectionError("reset by peer")],
    "crm": [PermissionError("token expired")],
    "search": [ValueError("rate limit exceeded"), None],
    "billing": [KeyError("amount")],
    "maps": [ZeroDivisionError("division by zero")],
    "calendar": [ConnectionError("refused"), ConnectionError("refused"), ConnectionError("refused")],
}


def invoke(tool: str, attempt: int):
    errors = RAW_ERRORS[tool]
    err = errors[attempt] if attempt < len(errors) else None
    if err is not None:
        raise err
    return f"{tool} ok"


for tool in RAW_ERRORS:
    for attempt in range(3):
        try:
            try:
                result = invoke(tool, attempt)
            except Exception as raw:
                raise classify(tool, raw) from raw
        except ToolFailure as failure:
            kind = type(failure).__name__
            cause = type(failure.__cause__).__name__
            if failure.retryable and attempt < 2:
                print(f"{tool:<9} attempt {attempt + 1}: {kind} (cause {cause}) -> retry")
                continue
            verdict = "give up" if failure.retryable else "fatal"
            print(f"{tool:<9} attempt {attempt + 1}: {failure} -> {verdict}")
            print(f"{'':<9} is PermanentFailure: {isinstance(failure, PermanentFailure)}, MRO: "
                  f"{' > '.join(c.__name__ for c in type(failure).__mro__[:-2])}")
            break
        else:
            print(f"{tool:<9} attempt {attempt + 1}: {result}")
            break
