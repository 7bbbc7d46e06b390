"""Property: deriving trials never loses or double-counts a day on a drug.

The oracle is the domain's own ``regimen_on`` asked day by day."""

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from trdjournal.analysis.trials import derive_trials
from trdjournal.domain.drugs import lookup
from trdjournal.domain.medication import new_event, regimen_on

DAY0 = dt.date(2024, 1, 1)
TODAY = 120
DRUGS = ("sertraline", "venlafaxine", "wonderpill")
DOSES = (25.0, 50.0, 75.0, 150.0, 225.0)


@st.composite
def drug_events(draw, drug):
    days = sorted(draw(st.lists(st.integers(0, TODAY), max_size=8)))  # same-day events allowed
    events, running = [], False
    for n in days:
        kind = draw(st.sampled_from(("change", "stop"))) if running else "start"
        dose = None if kind == "stop" else draw(st.sampled_from(DOSES))
        events.append(
            new_event(DAY0 + dt.timedelta(days=n), drug, kind, dose, role="antidepressant")
        )
        running = kind != "stop"
    return events


journals = st.tuples(*(drug_events(drug) for drug in DRUGS)).map(
    lambda t: [e for x in t for e in x]
)


@settings(max_examples=60, deadline=None)
@given(journals, st.sampled_from((28, 42, 56)))
def test_every_day_on_a_drug_is_in_exactly_one_trial(events, adequacy_days):
    today = DAY0 + dt.timedelta(days=TODAY)
    trials = derive_trials(events, today=today, adequacy_days=adequacy_days)
    for drug in DRUGS:
        mine = [t for t in trials if t.drug == drug]
        on_drug = adequate_days = 0
        minimum = lookup(drug).min_adequate_daily_dose if lookup(drug) else None
        for n in range(TODAY + 1):
            taken = [i for i in regimen_on(events, DAY0 + dt.timedelta(days=n)) if i.drug == drug]
            on_drug += bool(taken)
            adequate_days += bool(taken) and minimum is not None and taken[0].dose >= minimum
        assert sum(t.days for t in mine) == on_drug
        if minimum is None:
            assert all(
                t.days_at_adequate_dose is None and (t.adequate is None or t.combination_with)
                for t in mine
            )
        else:
            assert sum(t.days_at_adequate_dose for t in mine) == adequate_days
            # adequate means held (issue 15): the longest unbroken run at the minimum
            for t in mine:
                assert t.longest_run_at_adequate_dose_days <= t.days_at_adequate_dose
                assert t.adequate == (t.longest_run_at_adequate_dose_days >= adequacy_days)
        for earlier, later in zip(mine, mine[1:], strict=False):
            assert earlier.end is not None and earlier.end <= later.start
        assert sum(t.running for t in mine) <= 1
