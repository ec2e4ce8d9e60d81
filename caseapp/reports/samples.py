# SPDX-License-Identifier: GPL-3.0-or-later
"""Fictional report data for tests, the benchmark and the renderings in docs/.

Every person, case, court date and source here is invented. Run
``python -m caseapp.reports.samples OUTDIR`` to write each report in each language
(and, when pdftoppm is installed, a PNG of its first page).
"""

from __future__ import annotations

import random
import shutil
import struct
import subprocess
import sys
import zlib
from datetime import date, time, timedelta
from functools import partial
from pathlib import Path

from caseapp.domain.partial_date import PartialDate
from caseapp.reports.data import (
    ActionEntry,
    Alias,
    BriefData,
    CaseEntry,
    ChargeEntry,
    DetentionEntry,
    DossierData,
    HearingEntry,
    HearingScheduleData,
    PersonFile,
    PersonInfo,
    PersonRef,
    Relative,
    ReportOptions,
    SentenceEntry,
    SourceRef,
)

TODAY = date(2025, 3, 14)
ORGANISATION = "Steppe Legal Aid Network"
_FIRST = (("Әлия", "Алия", "Aliya", "f"), ("Ерлан", "Ерлан", "Yerlan", "m"),
          ("Дәулет", "Даулет", "Daulet", "m"), ("Гүлнар", "Гульнар", "Gulnar", "f"),
          ("Нұрлан", "Нурлан", "Nurlan", "m"), ("Айгүл", "Айгуль", "Aigul", "f"),
          ("Қайрат", "Кайрат", "Kairat", "m"), ("Жұлдыз", "Жулдыз", "Zhuldyz", "f"),
          ("Ұлан", "Улан", "Ulan", "m"), ("Өмірзақ", "Омирзак", "Omirzak", "m"))
_FAMILY = (("Сәрсенбай", "Сарсенбай", "Sarsenbay"), ("Құдайберген", "Кудайберген", "Kudaibergen"),
           ("Нұрғали", "Нургали", "Nurgali"), ("Төлеу", "Толеу", "Toleu"),
           ("Жүніс", "Жунис", "Zhunis"), ("Ғаббас", "Габбас", "Gabbas"),
           ("Һашим", "Хашим", "Hashim"), ("Әбдірахман", "Абдрахман", "Abdrakhman"))
_ARTICLES = (
    ("174.1", ("Incitement of social, national, clan, racial or religious discord",
               "Возбуждение социальной, национальной, родовой, расовой или религиозной розни",
               "Әлеуметтік, ұлттық, рулық, нәсілдік немесе діни араздықты қоздыру")),
    ("405.2", ("Participation in the activities of an association banned by a court",
               "Участие в деятельности объединения, запрещённого решением суда",
               "Сот шешімімен тыйым салынған бірлестіктің қызметіне қатысу")),
    ("274.2", ("Dissemination of knowingly false information",
               "Распространение заведомо ложной информации",
               "Көрінеу жалған ақпарат тарату")),
    ("272.2", ("Participation in mass riots", "Участие в массовых беспорядках",
               "Жаппай тәртіпсіздіктерге қатысу")),
)
_COURTS = (("Specialised Inter-District Criminal Court of Almaty",
            "Специализированный межрайонный суд по уголовным делам г. Алматы",
            "Алматы қаласының қылмыстық істер жөніндегі мамандандырылған ауданаралық соты"),
           ("Almaty City Court (appeals)", "Алматинский городской суд (апелляция)",
            "Алматы қалалық соты (апелляция)"))
_FACILITIES = (("SIZO No. 1 (LA-155/18)", "СИЗО № 1 (ЛА-155/18)", "№ 1 ТИ (ЛА-155/18)", "pretrial"),
               ("Colony LA-155/12", "Колония ЛА-155/12", "ЛА-155/12 колониясы", "colony"))
_CITIES = ("Almaty", "Алматы", "Алматы")
_COL = {"en": 0, "ru": 1, "kk": 2}


def options(language: str = "en", *, public: bool = False) -> ReportOptions:
    return ReportOptions(generated_on=TODAY, language=language, public=public,
                         organisation=ORGANISATION, operator="Volunteer Dana K.")


def person_name(index: int) -> PersonRef:
    """A fictional name in Russian spelling with Kazakh and Latin aliases."""
    first = _FIRST[index % len(_FIRST)]
    family = _FAMILY[(index // len(_FIRST) + index) % len(_FAMILY)]
    female = first[3] == "f"
    cyr_end, lat_end = ("ева", "eva") if female else ("ев", "ev")
    if not family[0].endswith("й"):
        cyr_end, lat_end = ("ова", "ova") if female else ("ов", "ov")
    kk = f"{first[0]} {family[0]}{cyr_end}"
    return PersonRef(display_name=f"{first[1]} {family[1]}{cyr_end}", aliases=(
        Alias(kk, "cyrillic", "kk"), Alias(f"{first[2]} {family[2]}{lat_end}", "latin", "en")))


def person_file(index: int = 0, language: str = "en", photo: bytes | None = None) -> PersonFile:
    """A varied, deterministic fictional person file; ``index`` picks the variation."""
    rng, col = random.Random(index), _COL[language]
    name = person_name(index)
    arrest = TODAY - timedelta(days=rng.randint(90, 1400))
    sentenced = index % 3 != 0
    identity = PersonInfo(
        name.display_name, name.aliases, uid=f"sample-{index:04d}",
        status="sentenced" if sentenced else "detained",
        birth_date=PartialDate(1970 + index % 30, 1 + index % 12, 1 + index % 28),
        gender="female" if _FIRST[index % len(_FIRST)][3] == "f" else "male",
        citizenship="Kazakhstan", photo=photo,
        contacts=f"+7 701 555 {index % 100:02d} {rng.randint(10, 99)}",
        address=f"Almaty, Fictional Street {index + 1}, flat {rng.randint(1, 90)}",
        relatives=(Relative("Сәуле Ахметова", "sister", "+7 702 555 98 76"),),
        private_notes="Family asked that the medical details stay private.")
    return PersonFile(identity, detentions=_detentions(arrest, sentenced, col),
                      cases=(_case(index, arrest, sentenced, col),),
                      hearings=_hearings(index, arrest, sentenced, col, name),
                      sentences=(_sentence(arrest, rng, col),) if sentenced else (),
                      actions=_actions(arrest, col), sources=_sources(index, arrest))


def _detentions(arrest: date, sentenced: bool, col: int) -> tuple[DetentionEntry, ...]:
    sizo, colony = _FACILITIES
    transfer = arrest + timedelta(days=200)
    first = DetentionEntry(facility=sizo[col], facility_kind="pretrial", city=_CITIES[col],
                         kind="pretrial", start=PartialDate.from_date(arrest),
                         end=PartialDate.from_date(transfer) if sentenced else None,
                         sources=(0,))
    if not sentenced:
        return (first,)
    return (first, DetentionEntry(facility=colony[col], facility_kind="colony", city=_CITIES[col],
                                kind="colony", start=PartialDate.from_date(transfer), sources=(1,)))


def _case(index: int, arrest: date, sentenced: bool, col: int) -> CaseEntry:
    picks = (_ARTICLES[index % 4], _ARTICLES[(index + 1) % 4])
    charges = tuple(ChargeEntry(article=ref, title=titles[col], sources=(0,))
                    for ref, titles in picks)
    return CaseEntry(case_number=f"19{7510000 + index * 37:07d}", status="sentenced" if sentenced
                   else "trial", court=_COURTS[0][col], opened=PartialDate.from_date(arrest),
                   charges=charges, pace_criteria=("pace_fundamental_rights",
                                                   "pace_political_reasons"),
                   pace_note="", private_notes="Defence strategy discussed on 3 March.",
                   sources=(0,))


def _hearings(index: int, arrest: date, sentenced: bool, col: int,
              name: PersonRef) -> tuple[HearingEntry, ...]:
    case_number = f"19{7510000 + index * 37:07d}"
    common: dict = {"case_number": case_number, "defendants": (name,),
                    "lawyers": ("Адвокат Б. Омаров",), "observers": ("Observer Timur S.",)}
    past = HearingEntry(date=arrest + timedelta(days=120), time=time(10, 0), court=_COURTS[0][col],
                      kind="trial", outcome=("Pre-trial detention extended by two months",
                                             "Срок содержания под стражей продлён на два месяца",
                                             "Күзетпен ұстау мерзімі екі айға ұзартылды")[col],
                      sources=(1,), **common)
    missing = HearingEntry(date=TODAY - timedelta(days=3 + index % 5), time=time(11, 30),
                         court=_COURTS[1][col], kind="appeal", **common)
    upcoming = HearingEntry(date=TODAY + timedelta(days=1 + index % 12),
                          time=time(9 + index % 6, 30), court=_COURTS[1 if sentenced else 0][col],
                          kind="appeal" if sentenced else "trial",
                          private_notes="Bring the medical certificate.", **common)
    return (past, missing, upcoming) if index % 2 else (past, upcoming)


def _sentence(arrest: date, rng: random.Random, col: int) -> SentenceEntry:
    day = arrest + timedelta(days=190)
    return SentenceEntry(date=day, court=_COURTS[0][col], kind="prison", years=rng.randint(3, 9),
                       months=rng.choice((0, 6)), credited_days=190, term_start=day,
                       sources=(1,))


def _actions(arrest: date, col: int) -> tuple[ActionEntry, ...]:
    return (ActionEntry(date=PartialDate.from_date(arrest + timedelta(days=30)),
                      kind="un_osce_appeal",
                      title=("Urgent appeal to the UN Working Group on Arbitrary Detention",
                             "Срочное обращение в Рабочую группу ООН по произвольным задержаниям",
                             "БҰҰ-ның Еріксіз ұстау жөніндегі жұмыс тобына шұғыл өтініш")[col],
                      status="done", responsible="Dana K.", sources=(2,)),
            ActionEntry(date=PartialDate(TODAY.year, TODAY.month), kind="letter",
                      title=("Letters of support to the colony", "Письма поддержки в колонию",
                             "Колонияға қолдау хаттары")[col], status="planned"))


def _sources(index: int, arrest: date) -> tuple[SourceRef, ...]:
    return (SourceRef(title="Activist detained after online post", publisher="Fictional Daily",
                      published=PartialDate.from_date(arrest + timedelta(days=1)),
                      url=f"https://news.example.org/{arrest.year}/activist-detained-{index}"),
            SourceRef(title="Приговор по делу", publisher="Вымышленные вести",
                      published=PartialDate(arrest.year + 1, 2), kind="court_document",
                      url="https://example.kz/sud/prigovor?id=1975100&lang=ru&section=criminal"
                          "&documentType=verdict&format=fulltext"),
            SourceRef(title="Жұмыс тобына өтініш", publisher="Steppe Legal Aid Network",
                      published=PartialDate(arrest.year + 1), kind="statement"))


def dossier(language: str = "en", *, public: bool = False, index: int = 1,
            photo: bytes | None = None) -> DossierData:
    return DossierData(options(language, public=public), person_file(index, language, photo))


def brief(language: str = "en", count: int = 12, *, public: bool = False) -> BriefData:
    persons = tuple(person_file(i, language) for i in range(count))
    return BriefData(options(language, public=public), persons,
                     title=("Political prisoners in Kazakhstan", "Политзаключённые Казахстана",
                            "Қазақстандағы саяси тұтқындар")[_COL[language]],
                     tag=("Zhanaozen anniversary", "годовщина Жанаозена",
                          "Жаңаөзен оқиғасының жылдығы")[_COL[language]])


def schedule(language: str = "en", count: int = 12, *, public: bool = False) -> HearingScheduleData:
    hearings = tuple(h for i in range(count) for h in person_file(i, language).hearings)
    return HearingScheduleData(options(language, public=public), hearings, days=14)


def silhouette(width: int = 120, height: int = 160) -> bytes:
    """A plain silhouette PNG standing in for a person's photo."""
    rows = bytearray()
    for y in range(height):
        rows.append(0)
        for x in range(width):
            head = (x - width / 2) ** 2 + (y - height * 0.38) ** 2 < (width * 0.22) ** 2
            shoulders = width * 0.42 * min(1, (y - height * 0.6) / 20)
            body = y > height * 0.66 and abs(x - width / 2) < shoulders
            rows += bytes((120, 132, 148) if head or body else (222, 228, 236))
    chunks = (b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)), \
        (b"IDAT", zlib.compress(bytes(rows), 9)), (b"IEND", b"")
    return b"\x89PNG\r\n\x1a\n" + b"".join(
        struct.pack(">I", len(body)) + tag + body + struct.pack(">I", zlib.crc32(tag + body))
        for tag, body in chunks)


def write_all(outdir: Path) -> list[Path]:
    """Every report in every language into ``outdir``; returns the PDFs written."""
    from caseapp.reports import brief as brief_report
    from caseapp.reports import dossier as dossier_report
    from caseapp.reports import hearing_schedule

    outdir.mkdir(parents=True, exist_ok=True)
    photo = silhouette()
    written = []
    for language in ("en", "ru", "kk"):
        jobs = ((partial(dossier_report.build, dossier(language, photo=photo)), "dossier"),
                (partial(brief_report.build, brief(language)), "brief"),
                (partial(hearing_schedule.build, schedule(language)), "hearings"))
        for build, name in jobs:
            target = outdir / f"{name}-{language}.pdf"
            build(target)
            written.append(target)
    return written


def render_first_pages(pdfs: list[Path], dpi: int = 80) -> None:
    """PNG of page 1 next to each PDF, when poppler's pdftoppm is installed."""
    if shutil.which("pdftoppm") is None:
        return
    for pdf in pdfs:
        subprocess.run(["pdftoppm", "-png", "-r", str(dpi), "-f", "1", "-l", "1", "-singlefile",
                        str(pdf), str(pdf.with_suffix(""))], check=True)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    outdir = Path(args[0] if args else "report-samples")
    pdfs = write_all(outdir)
    render_first_pages(pdfs)
    print(f"{len(pdfs)} sample reports in {outdir}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
