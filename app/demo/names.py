"""Name tables for demo families: the mix of origins a Zaanstreek social team meets, spelled properly."""
from __future__ import annotations

from dataclasses import dataclass

# Dutch tussenvoegsels, longest first so "van der" wins over "van".
SURNAME_PREFIXES = ("van den", "van der", "van de", "van 't", "in 't", "van", "den", "der", "de", "ter", "te")


@dataclass(frozen=True)
class Origin:
    """First names and surnames of one background. ``surnames`` pairs the male and female form."""

    key: str
    weight: int
    surnames: tuple[tuple[str, str], ...]
    women: tuple[str, ...]
    men: tuple[str, ...]
    girls: tuple[str, ...]
    boys: tuple[str, ...]


def _same(*names: str) -> tuple[tuple[str, str], ...]:
    return tuple((n, n) for n in names)


def split_surname(full: str) -> tuple[str | None, str]:
    """``"van der Berg"`` -> ``("van der", "Berg")``; a surname without tussenvoegsel has no prefix."""
    for prefix in SURNAME_PREFIXES:
        if full.startswith(prefix + " "):
            return prefix, full[len(prefix) + 1:]
    return None, full


ORIGINS: tuple[Origin, ...] = (
    Origin(
        "dutch", 40,
        _same("de Vries", "Bakker", "van der Berg", "Janssen", "Visser", "Smit", "de Jong", "van Dijk",
              "Mulder", "Meijer", "de Boer", "Bos", "Vos", "Dekker", "Brouwer", "de Wit", "Dijkstra",
              "van Leeuwen", "Kok", "Schouten", "van den Heuvel", "Hendriks", "Koster", "ter Horst",
              "van 't Hof", "Groot", "Zwart", "van Wijk"),
        ("Linda", "Wendy", "Kim", "Sandra", "Joyce", "Daniëlle", "Esther", "Petra", "Mariëlle", "Ilona",
         "Chantal", "Lotte", "Iris", "Noëlle", "Manon", "Shirley"),
        ("Mark", "Dennis", "Jeroen", "Kevin", "Martijn", "Rick", "Sander", "Bas", "Niels", "Michiel",
         "Joël", "Patrick", "Erik", "Ronald", "Jeffrey"),
        ("Emma", "Julia", "Tess", "Sophie", "Mila", "Zoë", "Saar", "Fenna", "Lieke", "Noor", "Anna", "Evi",
         "Chloë", "Liv", "Jasmijn", "Floor"),
        ("Daan", "Sem", "Lucas", "Finn", "Noah", "Levi", "Milan", "Bram", "Thijs", "Luuk", "Jesse", "Mees",
         "Ruben", "Stijn", "Joep", "Siem"),
    ),
    Origin(
        "turkish", 12,
        _same("Öztürk", "Şahin", "Yılmaz", "Doğan", "Çelik", "Kaya", "Aydın", "Demir", "Arslan", "Koç",
              "Yıldız", "Özdemir"),
        ("Ayşe", "Hülya", "Fatma", "Zeynep", "Özlem", "Gülşen", "Emine", "Derya", "Sevgi", "Büşra"),
        ("Mehmet", "Mustafa", "Ahmet", "Hüseyin", "Murat", "Hakan", "Emre", "Serkan", "İsmail", "Yusuf"),
        ("Elif", "Zeynep", "Ecem", "Çağla", "Defne", "Azra", "Nisa", "Eylül", "Melek", "İrem"),
        ("Emir", "Yusuf", "Ömer", "Eymen", "Mert", "Kerem", "Burak", "Çınar", "Arda", "Doruk"),
    ),
    Origin(
        "moroccan", 12,
        _same("El Amrani", "Bouzid", "El Idrissi", "Benali", "Ait Taleb", "El Khatib", "Boukhari", "Ouali",
              "Azzouzi", "Tahiri"),
        ("Fatima", "Khadija", "Naima", "Samira", "Hanane", "Soumaya", "Latifa", "Nadia", "Loubna"),
        ("Mohamed", "Abdelkader", "Said", "Rachid", "Karim", "Hassan", "Mustapha", "Youssef", "Driss"),
        ("Noor", "Amira", "Salma", "Yasmina", "Lina", "Aya", "Meryem", "Ilham", "Sara", "Hiba"),
        ("Yassin", "Rayan", "Ilyas", "Bilal", "Soufiane", "Adam", "Ayoub", "Anass", "Zakaria", "Imran"),
    ),
    Origin(
        "surinamese", 8,
        _same("Ramdin", "Sewnath", "Kromodimedjo", "Pinas", "Soekhoe", "Kartosen", "Jagesar", "Naarendorp"),
        ("Shanti", "Anjali", "Sharmila", "Sabitrie", "Roshni", "Wilma", "Angela", "Chandra"),
        ("Ravi", "Vishal", "Rishi", "Ricardo", "Romano", "Ashwin", "Glenn"),
        ("Priya", "Kiara", "Anaïs", "Shania", "Naomi", "Aaliyah"),
        ("Rohan", "Jaydon", "Dylan", "Aryan", "Xavier", "Damian"),
    ),
    Origin(
        "polish", 7,
        (("Kowalski", "Kowalska"), ("Nowak", "Nowak"), ("Wiśniewski", "Wiśniewska"), ("Wójcik", "Wójcik"),
         ("Kamiński", "Kamińska"), ("Lewandowski", "Lewandowska"), ("Zieliński", "Zielińska"),
         ("Szymański", "Szymańska")),
        ("Agnieszka", "Małgorzata", "Katarzyna", "Joanna", "Magdalena", "Ewa", "Anna"),
        ("Łukasz", "Tomasz", "Piotr", "Krzysztof", "Paweł", "Marcin", "Wojciech"),
        ("Zofia", "Zuzanna", "Oliwia", "Maja", "Lena", "Hanna", "Julia"),
        ("Jakub", "Kacper", "Szymon", "Filip", "Antoni", "Mikołaj", "Jan"),
    ),
    Origin(
        "ghanaian", 5,
        _same("Mensah", "Owusu", "Boateng", "Asante", "Agyeman", "Osei", "Appiah", "Adjei"),
        ("Akosua", "Ama", "Abena", "Efua", "Adwoa", "Grace", "Comfort", "Gifty"),
        ("Kwame", "Kofi", "Yaw", "Kwabena", "Emmanuel", "Samuel", "Isaac"),
        ("Abena", "Esi", "Nana", "Ama", "Princess", "Naomi"),
        ("Kojo", "Kwesi", "Nana", "Jayden", "Daniel", "Elijah"),
    ),
    Origin(
        "syrian", 5,
        _same("Al-Hassan", "Haddad", "Khalil", "Al-Ahmad", "Darwish"),
        ("Rania", "Lama", "Hiba", "Dima", "Ghada"),
        ("Ahmad", "Omar", "Khaled", "Fadi", "Bassel"),
        ("Sham", "Layan", "Joud", "Maya", "Rahaf"),
        ("Karam", "Adam", "Hamza", "Taim", "Yamen"),
    ),
    Origin(
        "eritrean", 4,
        _same("Tesfay", "Ghebremedhin", "Berhane", "Kidane", "Tekle", "Haile"),
        ("Selam", "Mebrat", "Helen", "Senait", "Rahwa"),
        ("Yonas", "Dawit", "Tesfalem", "Mussie", "Samuel"),
        ("Selina", "Ruth", "Lidya", "Saron"),
        ("Yafet", "Natnael", "Robel", "Abel", "Nahom"),
    ),
    Origin(
        "vietnamese", 4,
        _same("Nguyễn", "Trần", "Phạm", "Lê", "Hoàng", "Võ", "Đặng"),
        ("Thảo", "Linh", "Hương", "Ngọc", "Mai", "Lan", "Hạnh"),
        ("Minh", "Tuấn", "Hùng", "Đức", "Quang", "Thành"),
        ("Linh", "Anh", "Vy", "Ngọc", "Chi", "Emma"),
        ("Huy", "Khang", "Bảo", "Minh", "Nam", "Kevin"),
    ),
    Origin(
        "portuguese", 3,
        _same("Gonçalves", "Fernandes", "Rodrigues", "Gomes"),
        ("Inês", "Sónia", "Conceição", "Márcia"),
        ("João", "António", "Rui", "Nélson"),
        ("Beatriz", "Leonor", "Inês", "Lara"),
        ("Tiago", "Gonçalo", "Rodrigo", "Diogo"),
    ),
)

ORIGIN_BY_KEY = {o.key: o for o in ORIGINS}

# The first families of every run show the spelling the app must handle (diacritics, tussenvoegsels).
SHOWCASE = (("turkish", "Öztürk"), ("dutch", "van der Berg"), ("moroccan", "El Amrani"),
            ("vietnamese", "Nguyễn"), ("polish", "Kowalski"), ("ghanaian", "Mensah"),
            ("turkish", "Şahin"), ("turkish", "Yılmaz"), ("turkish", "Doğan"), ("turkish", "Çelik"),
            ("dutch", "Bakker"), ("dutch", "Janssen"))

# People around the family who are not relatives: neighbours, coaches, teachers.
LOCAL_WOMEN = ("Ineke", "Marjan", "Anita", "Monique", "Ellen", "Marloes", "Wilma", "Trudy", "Sevim", "Hanneke")
LOCAL_MEN = ("Johan", "Kees", "Henk", "Arjen", "Ruud", "Gerard", "Freek", "Hamid", "Wim", "Sjoerd")
LOCAL_SURNAMES = ("Kramer", "de Graaf", "Vermeulen", "Kuiper", "Prins", "Veenstra", "Boersma", "van Dam",
                  "Postma", "Blom", "Huisman", "Timmerman")
