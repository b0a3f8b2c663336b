"""The duty rules (core/duty) on plain values: who is on duty, who gets a conversation,
the queue's order, deadlines, and the command lines of an answer."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from mailhandler.core.duty import (
    CLOSE,
    HAND_BACK,
    Member,
    Waiting,
    choose,
    deadline,
    parse_roster,
    parse_shift,
    plan,
    queue_order,
    take_commands,
    waiting_for,
)

MONDAY_EVENING = datetime(2026, 11, 30, 19, 0)  # a Monday
T0 = datetime(2026, 11, 30, 12, 0)


def member(id: int, open: int = 0, pinned: bool | None = True, last: datetime | None = None,
           address: str | None = None, nickname: str | None = None,
           coordinator: bool = False) -> Member:
    return Member(id=id, address=address or f"v{id}@vrijwilligers.example",
                  nickname=nickname or f"V{id}", coordinator=coordinator, pinned=pinned,
                  open=open, last_given=last)


def test_a_shift_covers_its_days_and_hours_only() -> None:
    shift = parse_shift("vera@vrijwilligers.example mon-fri 18:00-22:00")
    assert shift.covers(MONDAY_EVENING)
    assert not shift.covers(MONDAY_EVENING.replace(hour=22))  # the end is not in it
    assert not shift.covers(MONDAY_EVENING + timedelta(days=5))  # Saturday


def test_a_night_shift_runs_into_the_next_morning() -> None:
    shift = parse_shift("kobe sun 22:00-02:00")
    sunday_night = datetime(2026, 11, 29, 23, 30)
    assert shift.covers(sunday_night)
    assert shift.covers(sunday_night + timedelta(hours=2))  # Monday 01:30
    assert not shift.covers(sunday_night + timedelta(hours=3))  # Monday 02:30
    assert not shift.covers(datetime(2026, 11, 29, 1, 0))  # Sunday early: Saturday's night


@pytest.mark.parametrize("line", ["vera mon-fri", "vera funday 18:00-22:00",
                                  "vera mon 18:00-25:00", "vera mon 18:00-18:00"])
def test_a_roster_line_that_cannot_be_read_is_refused(line: str) -> None:
    with pytest.raises(ValueError):
        parse_roster([line])


def test_the_roster_names_volunteers_by_address_or_nickname_and_a_pin_wins() -> None:
    roster = parse_roster(["v1@vrijwilligers.example daily 18:00-22:00", "kobe mon 18:00-22:00"])
    by_address = member(1, pinned=None)
    by_nickname = member(2, pinned=None, nickname="Kobe")
    pinned_off = member(3, pinned=False, address="v1@vrijwilligers.example")
    assert by_address.on_duty(roster, MONDAY_EVENING)
    assert by_nickname.on_duty(roster, MONDAY_EVENING)
    assert not pinned_off.on_duty(roster, MONDAY_EVENING)
    assert not member(4, pinned=None).on_duty(roster, MONDAY_EVENING)


def test_without_a_roster_everybody_not_put_off_duty_is_on_duty() -> None:
    assert member(1, pinned=None).on_duty((), MONDAY_EVENING)
    assert member(2, pinned=True).on_duty((), MONDAY_EVENING)
    assert not member(3, pinned=False).on_duty((), MONDAY_EVENING)
    # A roster, once configured, decides for those not pinned.
    roster = parse_roster(["v9 mon 09:00-10:00"])
    assert not member(1, pinned=None).on_duty(roster, MONDAY_EVENING)
    assert member(2, pinned=True).on_duty(roster, MONDAY_EVENING)


def test_a_fresh_install_gives_a_conversation_to_one_volunteer() -> None:
    team = [member(1, pinned=None), member(2, pinned=None, last=T0)]
    assert choose(team, (), MONDAY_EVENING, max_open=5) == 1


def test_the_conversation_goes_to_the_one_with_fewest_then_the_longest_without() -> None:
    team = [member(1, open=2), member(2, open=1, last=T0),
            member(3, open=1, last=T0 - timedelta(1)), member(4, open=0, pinned=False)]
    assert choose(team, (), MONDAY_EVENING, max_open=5) == 3
    assert choose(team, (), MONDAY_EVENING, max_open=5, exclude=[3]) == 2
    assert choose(team, (), MONDAY_EVENING, max_open=5, prefer=1) == 1


def test_nobody_free_means_the_queue() -> None:
    team = [member(1, open=3), member(2, open=0, pinned=False)]
    assert choose(team, (), MONDAY_EVENING, max_open=3) is None
    assert choose(team, (), MONDAY_EVENING, max_open=3, prefer=1) is None


def test_the_queue_takes_urgent_first_then_the_longest_waiting() -> None:
    items = [Waiting(1, False, T0, T0), Waiting(2, True, T0 + timedelta(hours=2), T0),
             Waiting(3, False, T0 - timedelta(hours=1), T0), Waiting(4, True, T0, T0)]
    assert [w.id for w in queue_order(items)] == [4, 2, 3, 1]


def test_giving_out_the_queue_spreads_it_and_stops_when_everyone_is_full() -> None:
    queue = [Waiting(n, False, T0 + timedelta(minutes=n), T0) for n in range(1, 8)]
    given = plan(queue, [member(1), member(2, open=1)], (), MONDAY_EVENING, T0, max_open=3)
    assert [conv for conv, _ in given] == [1, 2, 3, 4, 5]
    assert sorted(v for _, v in given) == [1, 1, 1, 2, 2]


def test_the_deadline_counts_from_the_later_of_the_mail_and_the_handover() -> None:
    assert deadline(None, T0, 24) is None
    assert deadline(T0, None, 24) == T0 + timedelta(hours=24)
    assert deadline(T0, T0 + timedelta(hours=5), 24) == T0 + timedelta(hours=29)


def test_command_lines_are_taken_out_and_the_words_around_them_stay() -> None:
    text, commands = take_commands("Hoi,\n\nSterkte.\n#sluiten\n #Teruggeven \n")
    assert text == "Hoi,\n\nSterkte.\n" and commands == {CLOSE, HAND_BACK}
    kept, none = take_commands("Schrijf #sluiten niet in een zin.\n#onbekend\n")
    assert kept == "Schrijf #sluiten niet in een zin.\n#onbekend\n" and not none


def test_waiting_times_read_like_a_person_says_them() -> None:
    assert waiting_for(T0, None) == "-"
    assert waiting_for(T0 + timedelta(minutes=7), T0) == "7m"
    assert waiting_for(T0 + timedelta(hours=5, minutes=3), T0) == "5h 03m"
    assert waiting_for(T0 + timedelta(days=3, hours=4), T0) == "3d 4h"
