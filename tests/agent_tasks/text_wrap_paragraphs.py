# task: reflow a release note with textwrap: fill, indent, dedent, shorten and hanging bullets
import textwrap

NOTES = """
    Release 2.4 improves the scheduler so that long-running jobs no longer starve short ones. It also adds
    per-tenant quotas, which operators can configure in the admin panel or through the API.

    Known issues: the metrics endpoint may report stale values for up to one minute after a restart.
"""

CHANGES = [
    "Scheduler: fair sharing between tenants with weighted round robin across worker pools.",
    "API: new endpoint for bulk cancellation of queued jobs, with optional dry-run mode.",
    "Fix: memory accounting no longer double counts interned strings.",
]

body = textwrap.dedent(NOTES).strip()
paragraphs = body.split("\n\n")

print("=" * 50)
print("RELEASE NOTES".center(50))
print("=" * 50)
for para in paragraphs:
    print(textwrap.fill(" ".join(para.split()), width=50))
    print()

print("Changes:")
wrapper = textwrap.TextWrapper(width=50, initial_indent="  * ", subsequent_indent="    ")
for change in CHANGES:
    print(wrapper.fill(change))

print()
print("Quoted reply:")
print(textwrap.indent(textwrap.fill(paragraphs[1], width=40), "> "))

print()
print("Previews:")
for change in CHANGES:
    print("  " + textwrap.shorten(change, width=45, placeholder=" [...]"))

lines = textwrap.wrap(paragraphs[0], width=30)
print()
print(f"{len(lines)} lines at width 30; longest is {max(map(len, lines))} chars")
numbered = textwrap.indent("\n".join(lines), "| ", predicate=lambda line: "jobs" in line)
print(numbered)
