# area: realistic agent script: parse a chat transcript, compute turn stats per speaker, detect questions and tool calls
import re

TRANSCRIPT = """\
[00:00] user: Can you find flights from Oslo to Rome next Friday?
[00:02] assistant: Sure. <tool:flight_search from=OSL to=FCO date=2024-09-13>
[00:05] tool: 3 results: SK4711 08:05 €189; AZ611 12:40 €212; FR1234 17:15 €95
[00:06] assistant: I found 3 flights. The cheapest is FR1234 at 17:15 for €95. Want me to book it?
[00:30] user: What about baggage? And is there anything earlier than 9?
[00:31] assistant: <tool:fare_rules flight=SK4711>
[00:33] tool: SK4711 includes 1 checked bag (23kg)
[00:34] assistant: SK4711 leaves at 08:05 and includes one 23 kg bag, for €189.
[01:10] user: Book SK4711 please.
[01:11] assistant: <tool:book flight=SK4711 passenger=user>
[01:14] tool: ERROR payment declined
[01:15] assistant: The booking failed: payment was declined. Could you check your card?"""

LINE = re.compile(r"^\[(\d\d):(\d\d)\] (\w+): (.*)$")
TOOL = re.compile(r"<tool:(\w+)((?: \w+=\S+?)*)>")
turns = []
for raw in TRANSCRIPT.splitlines():
    m = LINE.match(raw)
    mm, ss, who, text = m.groups()
    turns.append({"t": int(mm) * 60 + int(ss), "who": who, "text": text})

stats = {}
for t in turns:
    s = stats.setdefault(t["who"], {"turns": 0, "words": 0, "questions": 0})
    s["turns"] += 1
    s["words"] += len(t["text"].split())
    s["questions"] += t["text"].count("?")
for who, s in stats.items():
    print(f"{who:<10} turns={s['turns']} words={s['words']:>3} questions={s['questions']}")
calls = []
for t in turns:
    for name, args in TOOL.findall(t["text"]):
        calls.append((name, dict(a.split("=") for a in args.split())))
for name, args in calls:
    print(f"tool {name:<14} {args}")
errors = [t["text"] for t in turns if t["who"] == "tool" and t["text"].startswith("ERROR")]
print("tool errors:", errors)
latencies = [b["t"] - a["t"] for a, b in zip(turns, turns[1:]) if a["who"] == "user" and b["who"] == "assistant"]
print("first-response latency (s):", latencies)
prices = [int(p) for p in re.findall(r"€(\d+)", TRANSCRIPT)]
print("prices mentioned:", sorted(set(prices)), "min", min(prices))
