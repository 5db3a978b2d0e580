def test_the_seed_meeting_has_nine_items_a_break_and_five_decisions(seed_meeting):
    items = list(seed_meeting.agenda_items.order_by("order"))
    assert [i.number for i in items if not i.is_break] == [str(n) for n in range(1, 10)]
    assert [i.name for i in items if i.is_break] == ["Pause"]
    assert seed_meeting.decisions.count() == 5
    assert seed_meeting.tasks.count() == 2
    assert seed_meeting.participant_count() == 30
