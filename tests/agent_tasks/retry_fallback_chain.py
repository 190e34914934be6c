# task: answer weather queries through a chain of providers with fallbacks and a stale cache
import json


class ProviderError(Exception):
    def __init__(self, provider, reason):
        super().__init__(f"{provider}: {reason}")
        self.provider = provider


def primary_api(city):
    if city in ("Oslo", "Quito"):
        raise ProviderError("primary", "HTTP 503")
    if city == "Atlantis":
        raise ProviderError("primary", "HTTP 404 unknown city")
    return {"city": city, "temp_c": 21.0 + len(city), "source": "primary"}


def secondary_api(city):
    if city == "Quito":
        raise ProviderError("secondary", "quota exceeded")
    if city == "Oslo":
        return json.loads('{"city": "Oslo", "temperature": {"value": 44.6, "unit": "F"}}')
    raise ProviderError("secondary", "not configured")


STALE_CACHE = {"Quito": {"city": "Quito", "temp_c": 14.0, "source": "cache", "age_min": 95}}


def from_cache(city):
    try:
        return STALE_CACHE[city]
    except KeyError:
        raise ProviderError("cache", f"no entry for {city}") from None


def normalise(raw: dict) -> dict:
    if "temperature" in raw:
        t = raw["temperature"]
        c = (t["value"] - 32) * 5 / 9 if t["unit"] == "F" else t["value"]
        return {"city": raw["city"], "temp_c": round(c, 1), "source": "secondary"}
    return raw


def get_weather(city: str, providers) -> tuple[dict | None, list[str]]:
    errors = []
    for provider in providers:
        try:
            return normalise(provider(city)), errors
        except ProviderError as e:
            errors.append(str(e))
    return None, errors


chain = [primary_api, secondary_api, from_cache]
report = {}
for city in ["Lima", "Oslo", "Quito", "Atlantis"]:
    result, errors = get_weather(city, chain)
    if result:
        note = f" (stale, {result['age_min']} min old)" if "age_min" in result else ""
        print(f"{city:<9} {result['temp_c']:>5.1f} C via {result['source']}{note}")
    else:
        print(f"{city:<9} unavailable")
    for err in errors:
        print(f"          tried {err}")
    report[city] = {"ok": result is not None, "attempts": len(errors) + (1 if result else 0)}
print(json.dumps(report, sort_keys=True))
