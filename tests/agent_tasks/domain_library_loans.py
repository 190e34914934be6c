# task: track library book loans, due dates and overdue fines
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import Enum, auto


class Status(Enum):
    AVAILABLE = auto()
    ON_LOAN = auto()
    LOST = auto()


@dataclass
class Book:
    isbn: str
    title: str
    author: str
    status: Status = Status.AVAILABLE


@dataclass
class Loan:
    book: Book
    member: str
    start: date
    returned: date | None = None

    LOAN_DAYS = 14
    FINE_PER_DAY = 0.25

    @property
    def due(self) -> date:
        return self.start + timedelta(days=self.LOAN_DAYS)

    def days_overdue(self, today: date) -> int:
        end = self.returned or today
        return max(0, (end - self.due).days)

    def fine(self, today: date) -> float:
        return self.days_overdue(today) * self.FINE_PER_DAY


@dataclass
class Library:
    books: dict[str, Book] = field(default_factory=dict)
    loans: list[Loan] = field(default_factory=list)

    def add(self, *books: Book) -> None:
        for b in books:
            self.books[b.isbn] = b

    def checkout(self, isbn: str, member: str, when: date) -> Loan:
        book = self.books[isbn]
        if book.status is not Status.AVAILABLE:
            raise RuntimeError(f"{book.title!r} is {book.status.name.lower()}")
        book.status = Status.ON_LOAN
        loan = Loan(book, member, when)
        self.loans.append(loan)
        return loan

    def checkin(self, isbn: str, when: date) -> None:
        loan = next(l for l in self.loans if l.book.isbn == isbn and l.returned is None)
        loan.returned = when
        loan.book.status = Status.AVAILABLE


lib = Library()
lib.add(Book("111", "Dune", "Herbert"), Book("222", "Emma", "Austen"),
        Book("333", "Ulysses", "Joyce"), Book("444", "Beloved", "Morrison"))
d = date(2024, 3, 1)
lib.checkout("111", "ann", d)
lib.checkout("222", "ben", d + timedelta(days=2))
lib.checkout("333", "ann", d + timedelta(days=5))
try:
    lib.checkout("111", "cat", d + timedelta(days=6))
except RuntimeError as e:
    print("checkout refused:", e)
lib.checkin("222", date(2024, 3, 20))
lib.books["444"].status = Status.LOST

today = date(2024, 3, 25)
print(f"Report for {today:%A %d %B %Y}")
fines: dict[str, float] = {}
for loan in lib.loans:
    state = f"returned {loan.returned.isoformat()}" if loan.returned else "out"
    print(f"  {loan.book.title:<8} {loan.member:<4} due {loan.due} {state:<20} overdue {loan.days_overdue(today):>2}d")
    fines[loan.member] = fines.get(loan.member, 0) + loan.fine(today)
for member, amount in sorted(fines.items()):
    print(f"fine {member}: ${amount:.2f}")
print("status counts:", {s.name: sum(b.status is s for b in lib.books.values()) for s in Status})
