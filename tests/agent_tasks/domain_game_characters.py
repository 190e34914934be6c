# task: simulate a seeded turn-based battle between game character classes
import random


class Character:
    def __init__(self, name: str, hp: int, attack: int, defense: int):
        self.name = name
        self.max_hp = hp
        self.hp = hp
        self.attack = attack
        self.defense = defense

    @property
    def alive(self) -> bool:
        return self.hp > 0

    def take_damage(self, amount: int) -> int:
        dealt = max(1, amount - self.defense)
        self.hp = max(0, self.hp - dealt)
        return dealt

    def act(self, target: "Character", rng: random.Random) -> str:
        dmg = target.take_damage(self.attack + rng.randint(0, 3))
        return f"{self.name} strikes {target.name} for {dmg}"

    def __repr__(self):
        return f"<{type(self).__name__} {self.name} {self.hp}/{self.max_hp}>"


class Warrior(Character):
    def __init__(self, name):
        super().__init__(name, hp=40, attack=7, defense=3)
        self.rage = 0

    def act(self, target, rng):
        self.rage += 1
        if self.rage >= 3:
            self.rage = 0
            dmg = target.take_damage(self.attack * 2)
            return f"{self.name} unleashes a rage blow on {target.name} for {dmg}"
        return super().act(target, rng)


class Mage(Character):
    def __init__(self, name):
        super().__init__(name, hp=28, attack=4, defense=1)
        self.mana = 10

    def act(self, target, rng):
        if self.mana >= 4:
            self.mana -= 4
            dmg = target.take_damage(11)
            return f"{self.name} casts fireball at {target.name} for {dmg} (mana {self.mana})"
        self.mana += 2
        return super().act(target, rng)


class Healer(Character):
    def __init__(self, name, ally=None):
        super().__init__(name, hp=30, attack=3, defense=2)
        self.ally = ally

    def act(self, target, rng):
        if self.ally and self.ally.alive and self.ally.hp < self.ally.max_hp // 2:
            healed = min(8, self.ally.max_hp - self.ally.hp)
            self.ally.hp += healed
            return f"{self.name} heals {self.ally.name} for {healed}"
        return super().act(target, rng)


rng = random.Random(42)
thor = Warrior("Thor")
team_a = [thor, Healer("Eir", ally=thor)]
team_b = [Mage("Merlin"), Warrior("Conan")]
rnd = 0
while any(c.alive for c in team_a) and any(c.alive for c in team_b) and rnd < 20:
    rnd += 1
    print(f"-- round {rnd}")
    for attacker in team_a + team_b:
        enemies = [c for c in (team_b if attacker in team_a else team_a) if c.alive]
        if not attacker.alive or not enemies:
            continue
        target = min(enemies, key=lambda c: (c.hp, c.name))
        print("  " + attacker.act(target, rng))
winner = "A" if any(c.alive for c in team_a) else "B"
print(f"Team {winner} wins after {rnd} rounds: {team_a + team_b}")
