"""The board's review file: reviewed documents and the reviewer's judgements, kept in SQLite
through the same storage layer as a schoolplan. Reviewing a newer version of a school's plan
keeps the earlier judgements, marked as made on the previous version."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from koerswijzer.errors import KoersFileError, PlanFileError
from koerswijzer.congruence.verdicts import VERDICTS as JUDGEMENTS
from koerswijzer.koers.loader import parse_koers
from koerswijzer.koers.model import Koers
from koerswijzer.plan.types import PASSAGE_DECISIONS, PassageDecisions, same_passage
from koerswijzer.review.overview import to_dict
from koerswijzer.review.rapportages import RapportageEntry
from koerswijzer.review.review import SchoolReview
from koerswijzer.storage import models as m
from koerswijzer.storage.database import create_plan_database, describe_db_error, open_plan_database



RAPPORTAGE_KEY = "kwartaalrapportage|"  # school_key prefix of a kwartaalrapportage kept in the review


@dataclass(frozen=True)
class StoredDocument:
    id: int
    school: str
    path: str
    version: int
    error: str
    result: dict  # one school's entry of review.overview.to_dict


@dataclass(frozen=True)
class Judgement:
    element_id: str
    judgement: str
    comment: str
    on_version: int


def school_key(review: SchoolReview) -> str:
    return " ".join(review.school.lower().split()) or review.path.name.lower()


class ReviewStore:
    def __init__(self, engine, set_id: int, koers: Koers, location: str) -> None:  # type: ignore[no-untyped-def]
        self._engine = engine
        self.set_id = set_id
        self.koers = koers
        self.location = location

    @classmethod
    def create(cls, target: str | Path, koers: Koers, name: str = "") -> ReviewStore:
        engine = create_plan_database(target)
        with Session(engine) as session, session.begin():
            snapshot = m.KoersSnapshot(koers_id=koers.id, versie=koers.versie, titel=koers.titel,
                                       source_text=koers.source_text,
                                       sha256=hashlib.sha256(koers.source_text.encode()).hexdigest())
            review_set = m.ReviewSet(name=name, snapshot_id=0)
            session.add(snapshot)
            session.flush()
            review_set.snapshot_id = snapshot.id
            session.add(review_set)
            session.flush()
            set_id = review_set.id
        return cls(engine, set_id, koers, str(target))

    @classmethod
    def open(cls, target: str | Path) -> ReviewStore:
        engine = open_plan_database(target)
        with Session(engine) as session:
            review_set = session.scalars(select(m.ReviewSet).order_by(m.ReviewSet.id)).first()
            if review_set is None:
                engine.dispose()
                raise PlanFileError("Dit bestand bevat geen beoordeling van schoolplannen.")
            snapshot = session.get_one(m.KoersSnapshot, review_set.snapshot_id)
            try:
                koers = parse_koers(snapshot.source_text, f"koers '{snapshot.titel}' in de beoordeling")
            except KoersFileError as exc:
                engine.dispose()
                raise PlanFileError(f"De koers in deze beoordeling kan niet worden gelezen:\n{exc}") from None
            from koerswijzer.koers.registry import remember

            remember(koers)  # so that `review --koers ID` knows a koers met in a review file
            return cls(engine, review_set.id, koers, str(target))

    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> ReviewStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _write(self) -> Session:
        return Session(self._engine, expire_on_commit=False)

    def add_reviews(self, reviews: list[SchoolReview]) -> None:
        """Store review results; a school seen before gets a new version if its file changed."""
        entries = {r.path: e for r, e in zip(reviews, to_dict(reviews)["scholen"], strict=True)}
        try:
            with self._write() as session, session.begin():
                for review in reviews:
                    data = review.path.read_bytes() if review.path.exists() else b""
                    digest = hashlib.sha256(data).hexdigest()
                    row = session.scalars(select(m.ReviewDocument).where(
                        m.ReviewDocument.set_id == self.set_id,
                        m.ReviewDocument.school_key == school_key(review))).first()
                    if row is None:
                        row = m.ReviewDocument(set_id=self.set_id, school_key=school_key(review), version=1)
                        session.add(row)
                    elif row.sha256 != digest:
                        row.version += 1
                    row.school, row.path, row.sha256 = review.school, str(review.path), digest
                    row.error = review.error
                    row.result_json = json.dumps(entries[review.path], ensure_ascii=False)
                    row.reviewed_at = m.utcnow()
        except (SQLAlchemyError, OSError) as exc:
            reason = describe_db_error(exc) if isinstance(exc, SQLAlchemyError) else str(exc)
            raise PlanFileError(f"De beoordeling kan niet worden opgeslagen: {reason}") from None

    def add_rapportages(self, entries: list[RapportageEntry]) -> None:
        """Keep kwartaalrapportages beside the schoolplannen: one row per school per quarter (a newer
        report of that quarter replaces the older one). Their facts are the trace they carry."""
        try:
            with self._write() as session, session.begin():
                for entry in entries:
                    if not entry.ok:
                        continue
                    key = f"{RAPPORTAGE_KEY}{' '.join(entry.school.lower().split())}|{entry.kwartaal}"
                    row = session.scalars(select(m.ReviewDocument).where(
                        m.ReviewDocument.set_id == self.set_id, m.ReviewDocument.school_key == key)).first()
                    if row is None:
                        row = m.ReviewDocument(set_id=self.set_id, school_key=key, version=1)
                        session.add(row)
                    elif json.loads(row.result_json).get("gemaakt", "") > entry.gemaakt:
                        continue  # an older report of the quarter does not replace a newer one
                    row.school, row.path, row.error = entry.school, str(entry.path), ""
                    row.result_json = json.dumps({"soort": "kwartaalrapportage", "school": entry.school,
                                                  "brin": entry.brin, "kwartaal": entry.kwartaal,
                                                  "koers": entry.koers, "gemaakt": entry.gemaakt,
                                                  "doelen": list(entry.doelen)}, ensure_ascii=False)
                    row.reviewed_at = m.utcnow()
        except SQLAlchemyError as exc:
            raise PlanFileError(f"De beoordeling kan niet worden opgeslagen: {describe_db_error(exc)}") from None

    def rapportages(self) -> list[RapportageEntry]:
        with Session(self._engine) as session:
            rows = session.scalars(select(m.ReviewDocument).where(
                m.ReviewDocument.set_id == self.set_id, m.ReviewDocument.school_key.startswith(RAPPORTAGE_KEY)))
            out = []
            for r in rows:
                data = json.loads(r.result_json)
                out.append(RapportageEntry(Path(r.path), data.get("school", r.school), data.get("brin", ""),
                                           data.get("kwartaal", ""), data.get("koers", ""), data.get("gemaakt", ""),
                                           tuple(data.get("doelen", ()))))
            return out

    def documents(self) -> list[StoredDocument]:
        """The schoolplannen in the review (kwartaalrapportages are in :meth:`rapportages`)."""
        with Session(self._engine) as session:
            rows = session.scalars(select(m.ReviewDocument).where(
                m.ReviewDocument.set_id == self.set_id, ~m.ReviewDocument.school_key.startswith(RAPPORTAGE_KEY))
                                   .order_by(m.ReviewDocument.school))
            return [StoredDocument(r.id, r.school, r.path, r.version, r.error, json.loads(r.result_json))
                    for r in rows]

    def judgements(self, document_id: int) -> dict[str, Judgement]:
        with Session(self._engine) as session:
            rows = session.scalars(select(m.ReviewJudgement).where(m.ReviewJudgement.document_id == document_id))
            return {r.element_id: Judgement(r.element_id, r.judgement, r.comment, r.on_version) for r in rows}

    def set_judgement(self, document_id: int, element_id: str, judgement: str, comment: str) -> None:
        if judgement and judgement not in JUDGEMENTS:
            raise ValueError(judgement)
        try:
            with self._write() as session, session.begin():
                document = session.get_one(m.ReviewDocument, document_id)
                row = session.scalars(select(m.ReviewJudgement).where(
                    m.ReviewJudgement.document_id == document_id,
                    m.ReviewJudgement.element_id == element_id)).first()
                if row is None:
                    row = m.ReviewJudgement(document_id=document_id, element_id=element_id)
                    session.add(row)
                row.judgement, row.comment, row.on_version = judgement, comment, document.version
        except SQLAlchemyError as exc:
            raise PlanFileError(f"Het oordeel kan niet worden opgeslagen: {describe_db_error(exc)}") from None

    def overview_entries(self) -> list[dict]:
        """Every document as an entry of :func:`koerswijzer.review.overview.to_dict`, with its version
        and the board's judgements ("bestuur"), ready for the overview writers."""
        entries = []
        for document in self.documents():
            entry = dict(document.result)
            entry["versie"] = document.version
            entry["bestuur"] = {j.element_id: {"oordeel": j.judgement, "opmerking": j.comment, "versie": j.on_version}
                                for j in self.judgements(document.id).values()}
            entries.append(entry)
        return entries

    # -- the board's decisions on passages ---------------------------------------------------------

    def scope(self, document_id: int) -> str:
        """The key the decisions on one school's passages are stored under (its school key, so they
        hold for a newer version of its plan too)."""
        with Session(self._engine) as session:
            return session.get_one(m.ReviewDocument, document_id).school_key

    def passage_decisions(self, scope: str) -> PassageDecisions:
        with Session(self._engine) as session:
            rows = session.scalars(select(m.PassageDecision).where(m.PassageDecision.scope == scope)
                                   .order_by(m.PassageDecision.id))
            return PassageDecisions(tuple((r.target_id, r.passage, r.decision) for r in rows))

    def decide_passage(self, scope: str, target_id: str, passage: str, decision: str) -> None:
        """Record the board's decision on a passage of one school's plan; it replaces an earlier
        decision on the same passage and target."""
        if decision not in PASSAGE_DECISIONS or not passage.strip() or self.koers.find(target_id) is None:
            raise PlanFileError("Deze beslissing over een passage kan niet worden opgeslagen.")
        try:
            with self._write() as session, session.begin():
                for row in session.scalars(select(m.PassageDecision).where(
                        m.PassageDecision.scope == scope, m.PassageDecision.target_id == target_id)):
                    if same_passage(row.passage) == same_passage(passage):
                        session.delete(row)
                session.add(m.PassageDecision(scope=scope, target_id=target_id, passage=passage.strip(),
                                              decision=decision))
        except SQLAlchemyError as exc:
            raise PlanFileError(f"De beslissing kan niet worden opgeslagen: {describe_db_error(exc)}") from None

    def undo_passage_decisions(self, scope: str, target_id: str) -> int:
        try:
            with self._write() as session, session.begin():
                rows = session.scalars(select(m.PassageDecision).where(
                    m.PassageDecision.scope == scope, m.PassageDecision.target_id == target_id)).all()
                for row in rows:
                    session.delete(row)
                return len(rows)
        except SQLAlchemyError as exc:
            raise PlanFileError(f"De beslissingen kunnen niet worden teruggedraaid: {describe_db_error(exc)}") \
                from None

    def review_again(self, document: StoredDocument) -> str:
        """Review one school's document again with the board's decisions. Returns "" or a Dutch
        reason why it could not be (the file is no longer where it was)."""
        from koerswijzer.review.review import review_file

        path = Path(document.path)
        if not path.is_file():
            return (f"'{path.name}' staat niet meer op {path.parent}; de beslissing telt mee zodra het "
                    f"document opnieuw wordt toegevoegd.")
        self.add_reviews([review_file(path, self.koers, self.passage_decisions(self.scope(document.id)))])
        return ""

    def with_decisions(self, reviews: list[SchoolReview]) -> list[SchoolReview]:
        """Newly read documents, reviewed again where the board decided on passages of that school."""
        from koerswijzer.review.review import review_file

        out = []
        for review in reviews:
            decisions = self.passage_decisions(school_key(review)) if review.ok else PassageDecisions()
            out.append(review_file(review.path, self.koers, decisions) if decisions.items else review)
        return out
