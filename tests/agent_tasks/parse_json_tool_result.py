# task: extract fields from a nested JSON tool result using dotted paths with list indices
import json
import re

TOOL_RESULT = """
{
  "status": "ok",
  "query": {"text": "weather in lisbon", "took_ms": 182},
  "results": [
    {"city": "Lisbon", "country": "PT",
     "current": {"temp_c": 19.5, "conditions": ["partly cloudy", "breezy"]},
     "forecast": [{"day": "Mon", "high": 21, "low": 14}, {"day": "Tue", "high": 23, "low": 15},
                  {"day": "Wed", "high": 18, "low": 13, "alerts": ["rain"]}]},
    {"city": "Lisbon", "country": "US", "current": {"temp_c": 7.0, "conditions": []}, "forecast": []}
  ],
  "meta": {"source": "demo-weather", "cache": null}
}
"""

PATH_TOKEN = re.compile(r"([^.\[\]]+)|\[(-?\d+)\]")
MISSING = object()


def get_path(data, path, default=MISSING):
    current = data
    for key, index in PATH_TOKEN.findall(path):
        try:
            current = current[int(index)] if index else current[key]
        except (KeyError, IndexError, TypeError) as exc:
            if default is not MISSING:
                return default
            raise LookupError(f"{path!r}: failed at {key or index!r} ({type(exc).__name__})") from exc
    return current


data = json.loads(TOOL_RESULT)
queries = [
    "status",
    "query.took_ms",
    "results[0].current.temp_c",
    "results[0].current.conditions[-1]",
    "results[0].forecast[2].alerts[0]",
    "results[1].forecast[0].high",
    "results[0].forecast[1].alerts",
    "meta.cache",
    "meta.cache.ttl",
]
for q in queries:
    try:
        print(f"{q:<36} = {json.dumps(get_path(data, q))}")
    except LookupError as e:
        print(f"{q:<36} ! {e}")

print()
print("with default:", get_path(data, "results[5].city", default="n/a"))
top = data["results"][0]
highs = [d["high"] for d in top["forecast"]]
summary = {
    "city": f"{top['city']}, {top['country']}",
    "now": f"{top['current']['temp_c']:.1f}C, {', '.join(top['current']['conditions'])}",
    "max_high": max(highs),
    "avg_high": round(sum(highs) / len(highs), 2),
    "alert_days": [d["day"] for d in top["forecast"] if d.get("alerts")],
}
print(json.dumps(summary, indent=2))
