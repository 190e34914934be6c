# task: parse Python traceback text from a failed job into structured frames and a root cause
import re
from dataclasses import dataclass

TRACEBACK = '''Traceback (most recent call last):
  File "/app/worker.py", line 88, in run_job
    result = handler(payload)
  File "/app/handlers/invoice.py", line 41, in handle
    total = compute_total(items)
  File "/app/handlers/invoice.py", line 17, in compute_total
    return sum(item["price"] * item["qty"] for item in items)
  File "/app/handlers/invoice.py", line 17, in <genexpr>
    return sum(item["price"] * item["qty"] for item in items)
KeyError: 'qty'

During handling of the above exception, another exception occurred:

Traceback (most recent call last):
  File "/app/worker.py", line 92, in run_job
    raise JobFailed(job_id) from exc
app.errors.JobFailed: job 7f3a failed: missing field
'''

FRAME_RE = re.compile(r'^  File "(?P<file>[^"]+)", line (?P<line>\d+), in (?P<func>.+)$')
EXC_RE = re.compile(r"^(?P<type>[A-Za-z_][\w.]*)(?::\s*(?P<msg>.*))?$")


@dataclass
class Frame:
    file: str
    line: int
    func: str
    code: str = ""


@dataclass
class Chunk:
    frames: list
    exc_type: str = ""
    message: str = ""


def parse(text):
    chunks, current = [], None
    lines = text.splitlines()
    for i, line in enumerate(lines):
        if line.startswith("Traceback"):
            current = Chunk([])
            chunks.append(current)
        elif m := FRAME_RE.match(line):
            current.frames.append(Frame(m["file"], int(m["line"]), m["func"]))
        elif line.startswith("    ") and current and current.frames:
            current.frames[-1].code = line.strip()
        elif current and not current.exc_type and (m := EXC_RE.match(line)):
            current.exc_type, current.message = m["type"], m["msg"] or ""
    return chunks


chunks = parse(TRACEBACK)
for n, chunk in enumerate(chunks, 1):
    print(f"exception #{n}: {chunk.exc_type.rsplit('.', 1)[-1]} ({chunk.exc_type}) - {chunk.message}")
    for f in chunk.frames:
        short = f.file.removeprefix("/app/")
        print(f"    {f'{short}:{f.line}':<24} {f.func:<14} {f.code}")

root = chunks[0]
app_frames = [f for f in root.frames if "handlers" in f.file]
deepest = root.frames[-1]
print()
print(f"root cause: {root.exc_type} {root.message} at {deepest.file}:{deepest.line}")
print(f"frames in handlers: {len(app_frames)}, distinct functions: {sorted({f.func for f in root.frames})}")
