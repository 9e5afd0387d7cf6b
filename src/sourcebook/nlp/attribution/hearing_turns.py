"""A hearing's questioner speaks for themself when a turn asks nothing: 'SEN. OKAFOR: It was not
stable. It leaked four million litres a day.' In a Q-and-A the label that asks is the publication's
voice, so its lines are no one's statements (``interviews``: 'The Ledger: You cut 600 jobs.' is put as
a question); in a hearing, a debate or a trial the one who asks is named by an office - a senator, a
chairman, a judge - and a turn of theirs with no question in it is what they said. ``markers`` asks this
before it takes a questioner's line for a question."""

from __future__ import annotations

from spacy.tokens import Span

#: the parts a broadcast's transcript names its speakers by, alone or before a name ('CALLER:', 'GUEST:', 'HOST ANA
#: RUIZ:'): one turn of theirs is a turn as an office's is
ROLES = frozenset(["caller", "guest", "host", "presenter", "anchor", "moderator", "listener", "interviewer"])
#: the offices a transcript names its questioners and its guests by ('SEN. OKAFOR:', 'CHAIRMAN VOSS:', 'JUDGE ARNE:',
#: a phone-in's 'MAYOR ELLIS:'), and its roles
OFFICES = frozenset(["sen", "senator", "rep", "representative", "congressman", "congresswoman", "chairman",
                      "chairwoman", "chair", "councillor", "cllr", "judge", "justice", "mp", "assemblyman",
                      "assemblywoman", "delegate", "commissioner", "mayor", "gov", "governor", "minister", "sheriff"]) | ROLES


def office_statement(text: str, before: Span) -> bool:
    """Whether the label ``before`` (the words before a line's colon) names its speaker by an office
    and the turn it opens, up to the line's end, asks nothing."""
    if len(before) < 2 or before[0].lower_.rstrip(".") not in OFFICES:
        return False
    end = text.find("\n", before.end_char)
    return "?" not in text[before.end_char : end if end >= 0 else len(text)]
