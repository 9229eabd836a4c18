"""Wording classes generalised from misses of set r24 (round 14's fix source, helper fix24) in a Korean licence
statement: the polite imperative ("-세요", "-십시오") as a duty, not a request ("해 주세요"); a duty over
"the following" ending its block with a full stop ("재배포할 때에는 다음을 함께 제공하세요.") as a lead-in,
its items read as duties (the licence file: include_license; the copyright notice: notice; a record of the
changes: state_changes); changes to be recorded ("변경 내용을 기록하세요": state_changes). Hand-written
paraphrases (none a real licence's wording), read unwrapped and re-wrapped at 40, 60 and 76 columns, with negatives:
a request, a pointer to read a file, a duty waived. No positive here is read as its kind on main e902d6e."""

from __future__ import annotations

import pytest

from sentences import cited, kinds_read

WIDTHS = [None, 40, 60, 76]

# A duty over "the following" ending its block: the items are duties.
FOLLOWING = (
    "재배포할 때에는 다음을 함께 제공하세요.\n\n- 이 라이선스 파일\n- 원 저작권 고지\n- 수정했다면 변경 내역 기록"
)

# Changes to be recorded, the imperative its own: state_changes.
RECORD_CHANGES = [
    "모델을 수정했다면 새 버전과 변경 내용을 기록하세요.",
    "수정한 부분을 명시하십시오.",
]

NOT_OWED = [
    # a request ("please provide"), not a duty
    "재배포할 때에는 다음을 함께 제공해 주세요.\n\n- 이 라이선스 파일\n- 원 저작권 고지",
    # a pointer to read a file
    "자세한 내용은 NOTICE 파일을 확인하세요.",
    # a duty waived
    "변경 내용을 기록할 필요는 없습니다.",
]


@pytest.mark.parametrize("width", WIDTHS)
def test_a_korean_duty_over_the_following_governs_its_items(width: int | None) -> None:
    readings = cited(FOLLOWING, width)
    assert [(kind, first) for kind, first, _, _ in readings] == [
        ("include_license", 5),
        ("notice", 6),
        ("state_changes", 7),
    ]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", RECORD_CHANGES, ids=lambda v: v[:20])
def test_changes_to_be_recorded_are_state_changes(clause: str, width: int | None) -> None:
    assert kinds_read(clause, width) == {"state_changes"}


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", NOT_OWED, ids=lambda v: v[:20])
def test_a_request_a_pointer_or_a_waiver_owes_nothing(clause: str, width: int | None) -> None:
    assert kinds_read(clause, width) == set()
