"""Numbers and sleep hours in other apps' files and the watches' exports are read one way
(exchange/app_values.read_number, app_values.sleep_hours), whichever app wrote them."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trdjournal.exchange import app_values
from trdjournal.exchange.incoming import MalformedFile
from trdjournal.exchange.wearables import common, parse


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1,5", 1.5),  # a decimal comma is decimal, in apps and in watches' files alike
        ("7,25", 7.25),
        ("12 345", 12345),  # grouped by a space (Swedish, French)
        ("12\u00a0345", 12345),  # a no-break space, as spreadsheets write it
        ("12'345", 12345),  # an apostrophe (Swiss)
        ("12,345.5", 12345.5),  # both signs: the last is decimal
        ("12.345,5", 12345.5),
        ("1,234,567", 1234567),
        ("12,345", 12.345),  # one comma, three digits: a decimal comma unless a count
    ],
)
def test_both_readers_agree_on_every_way_of_writing_a_number(text, value):
    assert app_values.number(text, "mood") == pytest.approx(value)
    assert common.number("f.csv", "line 2", text) == pytest.approx(value)


@pytest.mark.parametrize(("text", "steps"), [("12,345", 12345), ("12 345", 12345), ("1,5", 1.5)])
def test_a_step_count_reads_a_single_comma_as_thousands(text, steps):
    assert common.number("f.csv", "line 2 step count", text, whole=True) == pytest.approx(steps)


@pytest.mark.parametrize("text", ["1,2,3x", "seven", "", "nan", "inf", "1 2", "1_000"])
def test_what_is_not_a_number_is_refused_by_both(text):
    with pytest.raises(ValueError, match="must be"):
        app_values.number(text, "mood")
    with pytest.raises(MalformedFile, match="is not a number"):
        common.number("f.csv", "line 2", text)


@given(st.floats(allow_nan=False, allow_infinity=False, min_value=-1e9, max_value=1e9))
def test_a_number_written_with_a_decimal_comma_reads_back(value):
    written = repr(value).replace(".", ",")
    if "e" in written:
        return
    assert app_values.read_number(written) == value


def test_google_fit_steps_with_grouped_thousands(tmp_path):
    fit = tmp_path / "Daily activity metrics.csv"
    fit.write_text(
        'Date,Move Minutes count,Step count\n2026-06-02,41,"12,345"\n2026-06-03,"18","9 876"\n',
        encoding="utf-8",
    )
    days = {d.date.isoformat(): d.steps for d in parse(fit, "google-fit").days}
    assert days == {"2026-06-02": 12345, "2026-06-03": 9876}


@pytest.mark.parametrize("text", ["7.5", "7,5", "7:30", "7h 30m", "7 hours 30 min", "7,5h"])
def test_sleep_hours_read_the_same_in_every_app(text):
    assert app_values.sleep_hours(text, "sleep") == 7.5


def test_sleep_written_with_a_comma_or_a_clock_is_read_by_emoods_daylio_and_bearable(
    cli, days_of, tmp_path
):
    emoods = tmp_path / "entry.csv"
    emoods.write_text(
        "ID,DATE (YYYY-MM-DD),IRRITABILITY,ANXIETY,DEPRESSED,ELEVATED,SLEEP,PSYCHOTIC SYMPTOMS,NOTE\n"
        '1,2026-06-01,0,0,1,0,"7,5",0,\n'
        "2,2026-06-02,0,0,2,0,6:45,0,\n",
        encoding="utf-8",
    )
    bearable = tmp_path / "bearable.csv"
    bearable.write_text(
        "date,date formatted,weekday,time of day,category,rating/amount,detail,notes\n"
        "2026-06-03T08:00:00,2026-06-03,Wednesday,08:00,Mood,6,,\n"
        '2026-06-03T08:00:00,2026-06-03,Wednesday,08:00,Sleep,"5,25",,\n',
        encoding="utf-8",
    )
    daylio = tmp_path / "daylio.csv"
    daylio.write_text(
        "full_date,date,weekday,time,mood,activities,note_title,note,scales\n"
        '2026-06-04,June 4,Thursday,08:00,good,,,,"Sleep: 8h 15m"\n',
        encoding="utf-8",
    )
    for path in (emoods, bearable, daylio):
        result = cli("import", str(path))
        assert result.exit_code == 0, result.output
    sleep = {day: checkin["sleep_hours"] for day, checkin in days_of(cli).items()}
    assert sleep == {"2026-06-01": 7.5, "2026-06-02": 6.75, "2026-06-03": 5.25, "2026-06-04": 8.25}


@pytest.mark.parametrize("text", ["25", "lots", "-1"])
def test_sleep_outside_a_day_or_not_hours_is_refused_naming_the_field(text):
    with pytest.raises(ValueError, match="SLEEP must be"):
        app_values.sleep_hours(text, "SLEEP")


def test_a_fitbit_value_with_a_decimal_comma_is_not_read_as_ten_times_more(tmp_path):
    sleep = [{"dateOfSleep": "2026-06-02", "minutesAsleep": "420,5", "timeInBed": 450}]
    path = tmp_path / "sleep-2026-06-01.json"
    path.write_text(json.dumps(sleep), encoding="utf-8")
    night = parse(path, "fitbit").sleeps[0]
    assert night.asleep_seconds == pytest.approx(420.5 * 60)
