# task: track documents through a review process with StrEnum states, role checks and an audit trail
from enum import StrEnum
from dataclasses import dataclass, field


class DocState(StrEnum):
    DRAFT = "draft"
    IN_REVIEW = "in_review"
    CHANGES_REQUESTED = "changes_requested"
    APPROVED = "approved"
    PUBLISHED = "published"
    ARCHIVED = "archived"


RULES = {
    # action: (from states, to state, roles allowed)
    "submit": ({DocState.DRAFT, DocState.CHANGES_REQUESTED}, DocState.IN_REVIEW, {"author"}),
    "request_changes": ({DocState.IN_REVIEW}, DocState.CHANGES_REQUESTED, {"reviewer"}),
    "approve": ({DocState.IN_REVIEW}, DocState.APPROVED, {"reviewer"}),
    "publish": ({DocState.APPROVED}, DocState.PUBLISHED, {"editor"}),
    "archive": ({DocState.PUBLISHED, DocState.DRAFT}, DocState.ARCHIVED, {"editor", "author"}),
}
ROLES = {"maya": "author", "raj": "reviewer", "eli": "editor", "sue": "author"}


@dataclass
class Document:
    title: str
    owner: str
    state: DocState = DocState.DRAFT
    audit: list[str] = field(default_factory=list)

    def act(self, user: str, action: str) -> None:
        sources, target, roles = RULES[action]
        role = ROLES.get(user, "guest")
        if role not in roles:
            raise PermissionError(f"{user} ({role}) may not {action}")
        if role == "author" and user != self.owner:
            raise PermissionError(f"{user} is not the owner of {self.title!r}")
        if self.state not in sources:
            raise ValueError(f"cannot {action} a {self.state} document")
        self.audit.append(f"{user}:{action}:{self.state}->{target}")
        self.state = target


docs = {"spec": Document("API spec", "maya"), "faq": Document("FAQ", "sue")}
ACTIONS = [
    ("spec", "maya", "submit"), ("spec", "sue", "approve"), ("spec", "raj", "request_changes"),
    ("spec", "maya", "submit"), ("spec", "raj", "approve"), ("faq", "maya", "submit"),
    ("faq", "sue", "publish"), ("spec", "eli", "publish"), ("faq", "sue", "archive"),
    ("spec", "bob", "archive"), ("spec", "eli", "approve"), ("spec", "eli", "archive"),
]
for key, user, action in ACTIONS:
    doc = docs[key]
    try:
        doc.act(user, action)
        print(f"OK   {user:<5} {action:<16} {doc.title:<9} now {doc.state}")
    except (PermissionError, ValueError) as e:
        print(f"DENY {user:<5} {action:<16} {type(e).__name__}: {e}")

print()
for doc in docs.values():
    print(f"{doc.title}: {doc.state.upper()} | value {doc.state.value!r} | is str: {isinstance(doc.state, str)}")
    print("   " + "\n   ".join(doc.audit))
