"""Reading usage exports: the sample shapes of each format, and every bad input named by row and column."""

from __future__ import annotations

import csv
import gzip
import io
import json
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from bot.usage import read
from bot.usage.analyse import analyse
from bot.usage.read import BLOCK_CHARS, UsageFileError, read_path

DATA = Path(__file__).resolve().parent.parent / "data" / "usage"
HEADER = "timestamp,model,input_tokens,output_tokens"


def hours(n: int, start: datetime = datetime(2026, 3, 2, tzinfo=UTC), model: str = "gpt-4o") -> list[str]:
    return [f"{(start + timedelta(hours=h)).strftime('%Y-%m-%dT%H:%M:%SZ')},{model},1000,100" for h in range(n)]


def write(tmp_path: Path, lines: list[str], name: str = "usage.csv") -> Path:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def refused(path: Path) -> str:
    with pytest.raises(UsageFileError) as caught:
        read_path(str(path))
    return str(caught.value)


# --- the sample shapes -------------------------------------------------------------------------------------


def openai_totals() -> dict[str, int]:
    page = json.loads((DATA / "openai_completions.json").read_text())
    results = [r for bucket in page["data"] for r in bucket["results"]]
    return {"input": sum(r["input_tokens"] - r["input_cached_tokens"] for r in results),
            "cached_input": sum(r["input_cached_tokens"] for r in results),
            "output": sum(r["output_tokens"] for r in results),
            "requests": sum(r["num_model_requests"] for r in results)}


def anthropic_totals() -> dict[str, int]:
    page = json.loads((DATA / "anthropic_messages.json").read_text())
    results = [r for bucket in page["data"] for r in bucket["results"]]
    return {"input": sum(r["uncached_input_tokens"] for r in results),
            "cached_input": sum(r["cache_read_input_tokens"] for r in results),
            "cache_write": sum(r["cache_creation"]["ephemeral_5m_input_tokens"] for r in results),
            "cache_write_1h": sum(r["cache_creation"]["ephemeral_1h_input_tokens"] for r in results),
            "output": sum(r["output_tokens"] for r in results)}


def totals(path: Path) -> dict[str, int]:
    answer = analyse(read_path(str(path)))
    out: dict[str, int] = {}
    for line in answer.analysis.lines:
        for name, n in line.tokens.items():
            out[name] = out.get(name, 0) + n
        out["requests"] = out.get("requests", 0) + line.requests
    return out


@pytest.mark.parametrize(("name", "fmt"), [
    ("openai_completions.json", "OpenAI usage (JSON)"), ("openai_completions.csv", "OpenAI usage (CSV)"),
    ("anthropic_messages.json", "Anthropic usage report (JSON)"),
    ("anthropic_messages.csv", "Anthropic usage report (CSV)"), ("generic.csv", "generic CSV"),
])
def test_each_sample_is_detected_and_covers_two_days(name: str, fmt: str) -> None:
    data = read_path(str(DATA / name))
    assert data.format == fmt and data.hours == 48 and data.start == datetime(2026, 3, 2, tzinfo=UTC)
    answer = analyse(data)
    assert answer.unpriced == ()
    assert answer.analysis.batch is not None and answer.analysis.batch.cost > 0
    assert answer.analysis.profile.peak_to_average is not None and answer.analysis.profile.peak_to_average > 1


def test_openai_input_tokens_include_the_cached_ones() -> None:
    expected = openai_totals()
    for name in ("openai_completions.json", "openai_completions.csv"):
        got = totals(DATA / name)
        assert {k: got[k] for k in expected} == expected


def test_anthropic_token_classes_map_one_to_one() -> None:
    expected = anthropic_totals()
    for name in ("anthropic_messages.json", "anthropic_messages.csv"):
        got = totals(DATA / name)
        assert {k: got[k] for k in expected} == expected


def test_json_and_its_csv_flattening_give_the_same_profile() -> None:
    for stem in ("openai_completions", "anthropic_messages"):
        a = analyse(read_path(str(DATA / f"{stem}.json"))).analysis
        b = analyse(read_path(str(DATA / f"{stem}.csv"))).analysis
        assert a.profile == b.profile and a.plans == b.plans


def test_anthropic_batch_tier_is_batch_traffic() -> None:
    answer = analyse(read_path(str(DATA / "anthropic_messages.json")))
    assert {line.model for line in answer.analysis.lines if line.batch} == {"claude-3-5-haiku-20241022"}
    assert answer.service_tiers == ("batch", "standard")


def test_gzip_is_read_whatever_the_name(tmp_path: Path) -> None:
    packed = tmp_path / "export.bin"
    packed.write_bytes(gzip.compress((DATA / "generic.csv").read_bytes()))
    assert analyse(read_path(str(packed))).analysis == analyse(read_path(str(DATA / "generic.csv"))).analysis


def test_per_request_rows_sum_into_hours(tmp_path: Path) -> None:
    rows = [HEADER]
    start = datetime(2026, 3, 2, tzinfo=UTC)
    for minute in range(0, 24 * 60, 7):
        rows.append(f"{(start + timedelta(minutes=minute)).isoformat()},gpt-4o,100,10")
    data = read_path(str(write(tmp_path, rows)))
    assert data.hours == 24 and data.rows == len(rows) - 1
    assert sum(data.hourly(("gpt-4o", None, False), 0)) == 100 * data.rows


def test_unix_seconds_and_naive_times_are_utc(tmp_path: Path) -> None:
    epoch = int(datetime(2026, 3, 2, tzinfo=UTC).timestamp())
    unix = read_path(str(write(tmp_path, [HEADER] + [f"{epoch + 3600 * h},gpt-4o,1,1" for h in range(24)])))
    naive = read_path(str(write(tmp_path, [HEADER] + [line.replace("Z", "") for line in hours(24)], "n.csv")))
    assert unix.start == naive.start == datetime(2026, 3, 2, tzinfo=UTC)
    assert naive.naive_times and not unix.naive_times


def test_an_unknown_model_is_listed_with_its_row_not_dropped(tmp_path: Path) -> None:
    path = write(tmp_path, [HEADER, *hours(24), *hours(24, model="gpt-4p")])
    answer = analyse(read_path(str(path)))
    (unpriced,) = answer.unpriced
    assert unpriced.model == "gpt-4p" and unpriced.row == "row 26" and "did you mean" in unpriced.reason
    (line,) = answer.analysis.unpriced
    assert line.tokens["input"] == 24_000


def test_a_file_of_only_unknown_models_is_refused(tmp_path: Path) -> None:
    with pytest.raises(UsageFileError, match=r"row 2, column model: 'flurbo-9' no model in the file can be priced"):
        analyse(read_path(str(write(tmp_path, [HEADER, *hours(24, model="flurbo-9")]))))


def test_a_rate_card_prices_a_model_the_catalog_lacks(tmp_path: Path) -> None:
    from pricing import Rates

    card = {"flurbo-9": Rates(input=Decimal(1), output=Decimal(2), source="workspace rate card flurbo-9")}
    answer = analyse(read_path(str(write(tmp_path, [HEADER, *hours(24, model="flurbo-9")]))), rate_cards=card)
    assert answer.analysis.profile.total_cost == 24 * (Decimal("0.001") + Decimal("0.0002"))


# --- bad input -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("lines", "message"), [
    (["time,model,input_tokens,output_tokens", *hours(24)],
     "row 1: the header (time, model, input_tokens, output_tokens) reads as generic CSV but lacks timestamp"),
    (["start_time,input_tokens,output_tokens"], "reads as OpenAI usage (CSV) but lacks model"),
    (["date,cost"], "The generic format needs timestamp, model, input_tokens, output_tokens"),
    ([HEADER, *hours(3), "2026-03-02T03:00:00Z,gpt-4o,-5,10"],
     "row 5, column input_tokens: '-5' is negative: counts are 0 or more"),
    ([HEADER, *hours(3), "2026-03-02T03:00:00Z,gpt-4o,lots,10"], "row 5, column input_tokens: 'lots' is not a number"),
    ([HEADER, *hours(3), "2026-03-02T03:00:00Z,gpt-4o,12.5,10"],
     "row 5, column input_tokens: '12.5' is not a whole number of tokens"),
    ([HEADER, *hours(3), "2026-03-02T03:00:00Z,gpt-4o,,10"], "row 5, column input_tokens: '' is empty"),
    ([HEADER, *hours(3), "2026-03-02T03:00:00Z,,1,10"], "row 5, column model: '' is empty"),
    ([HEADER, *hours(3), "yesterday,gpt-4o,1,10"], "row 5, column timestamp: 'yesterday' is not a time"),
    ([HEADER, *hours(3), "2026-03-02T05:00:00+02:00,gpt-4o,1,10"],
     "row 5, column timestamp: '2026-03-02T05:00:00+02:00' is in time zone UTC+02:00 but row 2 is in UTC+00:00"),
    ([HEADER, *hours(3), "2026-03-02T05:00:00,gpt-4o,1,10"], "is in time zone none stated (no offset) but row 2"),
    ([HEADER, *hours(3), "1772409600000,gpt-4o,1,10"], "looks like Unix milliseconds"),
    ([HEADER, *hours(3), hours(3)[2]], "row 5: repeats an earlier row of the same hour exactly"),
    ([HEADER, *hours(3), "2026-03-02T03:00:00Z,gpt-4o,1"], "row 5: has 3 cells but the header has 4"),
    ([HEADER, *hours(12)], "covers 12 hours (from 2026-03-02 00:00 UTC): at least 24 hours are needed"),
    ([HEADER, *hours(12), *hours(24, start=datetime(2026, 3, 4, tzinfo=UTC))],
     "row 14: 36 hours from 2026-03-02 12:00 UTC have no rows at all"),
    ([HEADER], "has a header but no rows of usage"),
    ([f"{HEADER},batch", *(f"{row},maybe" for row in hours(24))], "row 2, column batch: 'maybe' is not true or false"),
])
def test_bad_csv_is_refused_naming_row_and_column(tmp_path: Path, lines: list[str], message: str) -> None:
    assert message in refused(write(tmp_path, lines))


def test_duplicates_are_found_even_when_rows_are_out_of_order(tmp_path: Path) -> None:
    rows = hours(30)
    assert "row 32: repeats an earlier row" in refused(write(tmp_path, [HEADER, *reversed(rows), rows[0]]))


def test_a_repeated_row_is_found_across_a_block_read_whole_and_rows_read_one_by_one(tmp_path: Path) -> None:
    """More than a block (BLOCK_CHARS) of simple rows is read a column at a time; a quoted cell after it sends
    the rest through the csv module. The row repeated there is still the same row."""
    start = datetime(2026, 3, 2, tzinfo=UTC)
    simple = [f"{(start + timedelta(seconds=s)).strftime('%Y-%m-%dT%H:%M:%SZ')},gpt-4o,{1000 + s},100"
              for s in range(30_000)]
    assert sum(map(len, simple)) > BLOCK_CHARS
    # the repeat of the first row comes after the quoted cell, the first row in the first block, read whole
    lines = [HEADER, *simple, f'{simple[-1][:20]},"gpt-4o",5,5', simple[0], *hours(30, start + timedelta(days=1))]
    assert f"row {len(simple) + 3}: repeats an earlier row" in refused(write(tmp_path, lines))
    lines[len(simple) + 2] = lines[len(simple) + 2].replace("100", "101")  # not a repeat: read, and counted
    data = read_path(str(write(tmp_path, lines)))
    assert data.rows == len(simple) + 2 + 30


def test_binary_zip_and_empty_files_are_refused(tmp_path: Path) -> None:
    (tmp_path / "a.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert "is binary, not text (a NUL byte at byte 9)" in refused(tmp_path / "a.png")
    (tmp_path / "a.xlsx").write_bytes(b"PK\x03\x04rest")
    assert "is a zip archive" in refused(tmp_path / "a.xlsx")
    (tmp_path / "latin.csv").write_bytes(HEADER.encode() + b"\n2026-03-02T00:00:00Z,caf\xe9,1,1\n")
    assert "is not UTF-8 text" in refused(tmp_path / "latin.csv")
    (tmp_path / "empty.csv").write_bytes(b"")
    assert "is empty" in refused(tmp_path / "empty.csv")
    (tmp_path / "broken.gz").write_bytes(gzip.compress(b"timestamp,model\n" * 100)[:30])
    assert "damaged gzip" in refused(tmp_path / "broken.gz")
    assert "cannot be opened" in refused(tmp_path / "missing.csv")


def test_files_over_the_size_limit_are_refused_counting_decompressed_text(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(read, "MAX_BYTES", 1024 * 1024)
    big = "\n".join([HEADER, *hours(24 * 700), *hours(24 * 700, model="gpt-4o-mini")]).encode()
    assert len(big) > 1024 * 1024
    (tmp_path / "big.csv").write_bytes(big)
    (tmp_path / "big.csv.gz").write_bytes(gzip.compress(big))
    assert (tmp_path / "big.csv.gz").stat().st_size < 1024 * 1024
    for name in ("big.csv", "big.csv.gz"):
        assert f"{name}: is larger than 1 MB of text: split the export" in refused(tmp_path / name)


def _openai_page(buckets: list[dict[str, object]]) -> str:
    return json.dumps({"object": "page", "data": buckets, "has_more": False, "next_page": None})


def _openai_bucket(hour: int, width: int = 3600, **result: object) -> dict[str, object]:
    start = int(datetime(2026, 3, 2, tzinfo=UTC).timestamp()) + 3600 * hour
    row = {"object": "organization.usage.completions.result", "input_tokens": 100, "output_tokens": 10,
           "input_cached_tokens": 0, "num_model_requests": 1, "model": "gpt-4o", "batch": None} | result
    return {"object": "bucket", "start_time": start, "end_time": start + width, "results": [row]}


@pytest.mark.parametrize(("buckets", "message"), [
    ([_openai_bucket(h, model=None) for h in range(24)],
     "data[0].results[0], column model: is missing: export it grouped by model (group_by=model)"),
    ([_openai_bucket(h, width=86_400) for h in range(0, 24 * 3, 24)],
     "data[0], column end_time: '1772496000' ends 24 hours after the bucket starts: export hourly buckets"),
    ([_openai_bucket(h) for h in range(24) if h != 5],
     "data[5]: 1 hours from 2026-03-02 05:00 UTC have buckets are missing"),
    ([_openai_bucket(h, input_tokens="many") for h in range(24)],
     "data[0].results[0], column input_tokens: '\"many\"' is not a whole number"),
    ([_openai_bucket(h, input_tokens=5, input_cached_tokens=9) for h in range(24)],
     "data[0].results[0], column input_tokens: '5' is less than the cached and cache-write tokens (9)"),
])
def test_bad_openai_json_is_refused_naming_the_bucket(tmp_path: Path, buckets: list[dict[str, object]],
                                                      message: str) -> None:
    path = tmp_path / "usage.json"
    path.write_text(_openai_page(buckets))
    assert message in refused(path)


def test_json_lines_of_pages_and_lists_of_pages_are_read(tmp_path: Path) -> None:
    pages = [_openai_page([_openai_bucket(h) for h in range(d * 24, d * 24 + 24)]) for d in range(2)]
    (tmp_path / "pages.jsonl").write_text("\n".join(pages) + "\n")
    (tmp_path / "pages.json").write_text("[" + ",".join(pages) + "]")
    assert read_path(str(tmp_path / "pages.jsonl")).hours == read_path(str(tmp_path / "pages.json")).hours == 48
    (tmp_path / "bad.json").write_text('{"data": [')
    assert "is not valid JSON" in refused(tmp_path / "bad.json")
    (tmp_path / "other.json").write_text('{"data": [{"when": 1, "results": []}]}')
    assert "data[0]: is neither an OpenAI usage bucket" in refused(tmp_path / "other.json")


def test_anthropic_daily_buckets_ask_for_hourly_ones(tmp_path: Path) -> None:
    rows = io.StringIO()
    writer = csv.writer(rows)
    writer.writerow(["starting_at", "ending_at", "model", "uncached_input_tokens", "output_tokens"])
    for day in range(3):
        writer.writerow([f"2026-03-0{day + 2}T00:00:00Z", f"2026-03-0{day + 3}T00:00:00Z", "claude-sonnet-4", 1, 1])
    path = tmp_path / "daily.csv"
    path.write_text(rows.getvalue())
    assert "row 2, column ending_at: '2026-03-03T00:00:00Z' ends 24 hours after the bucket starts" in refused(path)
