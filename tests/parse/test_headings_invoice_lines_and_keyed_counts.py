"""What a pasted sheet says around its figures (our own pastes, not a scored batch's): a heading's period said as a
word ("monthly roll-up:", "usage by day", "Q2 ... :", "(avg per business day):"), an invoice line's fee per thousand
after its unit or with "(flat)" after its noun, its line and document numbers, keyed counts of cache hits and writes,
a one-row CSV under column names of a few words, and pipe rows keyed in snake case."""

from __future__ import annotations

from tests.support.replies import reply_text


def test_a_heading_naming_its_period_as_a_word_sets_the_counts_period() -> None:
    # 4,096 × ($3 − $1.50)/1M = $0.006144 a hit; 500,000 hits × $0.006144 = $3,072.00 a month
    reply = reply_text("console export, monthly roll-up:\nrequests\tprefix_tokens\tinput $/MTok\tcached $/MTok\n"
                       "500k\t4,096\t$3.00\t$1.50\nevery request hits the prefix, no write charge. monthly saving?")
    assert "$3,072.00" in reply and "calls a day, an hour or a month" not in reply


def test_a_heading_by_day_makes_the_rows_a_days() -> None:
    # 4,000 × ($2 − $0.20)/1M = $0.0072; 1,990 × $0.0072 − 10 × 4,000 × $0.50/1M = $14.328 − $0.02 = $14.308
    reply = reply_text("gateway stats, usage by day (avg over March):\nslice\tcache_read_calls\tcache_write_calls\t"
                       "prefix_tokens\nall\t1,990\t10\t4,000\nrates: input $2/MTok, cache read $0.20/MTok, cache write "
                       "$2.50/MTok. net daily saving?")
    assert "*$14.31 a day*" in reply


def test_a_quarter_label_in_a_heading_is_the_counts_quarter() -> None:
    # 900,000 calls, 1 in 100 writes: 891,000 hits × 2,000 × ($1 − $0.10)/1M = $1,603.80; 9,000 × 2,000 × $0.25/1M
    # = $4.50 premium: $1,599.30 for the quarter
    reply = reply_text("Q2 usage (summarised), acct 77-ZEN:\n\ncalls,prefix_tokens,input_per_mtok,read_per_mtok,"
                       "write_per_mtok\n900000,2000,1.00,0.10,1.25\n\nif caching were on, 1 call in 100 misses and "
                       "writes. net saving?")
    assert "Per quarter (900,000 calls, 891,000 hits)" in reply and "*$1,599.30* net" in reply


def test_an_average_per_business_day_heading_in_brackets() -> None:
    # 2M × $1/1M = $2.00 and 500k × $5/1M = $2.50 a day; × 20 = $40.00 + $50.00 = $90.00
    reply = reply_text("from the usage page (avg per business day):\ninput_tokens: 2M\noutput_tokens: 500k\npricing: a "
                       "dollar per million in, five per million out\nmonthly on a 20-business-day month, split?")
    assert "*$90.00*" in reply and "input $40.00, output $50.00" in reply


def test_an_invoice_lines_price_per_thousand_after_its_unit_is_the_fee() -> None:
    # $2.00 / 1,000 = $0.002 a call; per-token 1,000 × $0.50/1M + 100 × $2/1M = $0.0007; 1,000,000 × $0.0007 = $700.00
    reply = reply_text("lines from their Q1 invoice:\n  OCR - Read   1,000,000 transactions   $2.00 / 1,000   "
                       "$2,000.00\nswitch to a model at ~1,000 input + 100 output tokens a page, $0.50/M in, $2/M "
                       "out. what would the quarter have cost per-token?")
    assert "1,000,000 × $0.0007 = $700.00 vs per-call 1,000,000 × $0.002 = $2,000.00" in reply


def test_an_invoice_line_of_flat_calls_and_its_references() -> None:
    # 2,000 × $1/1M + 200 × $5/1M = $0.003 a call; 500,000 × $0.004 = $2,000.00 vs 500,000 × $0.003 = $1,500.00
    reply = reply_text("From the April invoice:\n\n  INV-4410  line 2  API calls (flat)     500,000 @ $0.004     = "
                       "?\n\nper-token would be $1/M input, $5/M output, avg call 2,000 in, 200 out. month on each?")
    assert "*$1,500.00* vs per-call 500,000 × $0.004 = *$2,000.00*" in reply
    assert "Not used" not in reply  # the invoice's and the line's numbers are no figures


def test_keyed_cache_hits_and_writes_a_day() -> None:
    # 5,000 × ($3 − $0.30)/1M = $0.0135; 2,000 × $0.0135 − 50 × 5,000 × $0.75/1M = $27.00 − $0.1875 = $26.8125
    reply = reply_text("daily export:\n  cached prefix ..... 5k tokens\n  input rate ..... $3 / MTok\n  cache read "
                       "..... $0.30 / MTok\n  cache write ..... $3.75 / MTok\n  cache hits ..... 2,000 / day\n  cache "
                       "writes ..... 50 / day\nnet per day?")
    assert "*$26.81 a day*" in reply and "Which call volume" not in reply


def test_one_csv_row_under_column_names_of_a_few_words() -> None:
    # 10,000 × ($2.50 − $0.25)/1M = $0.0225 a hit
    reply = reply_text('Pipeline export:\nAccount,Use case,Avg calls/day,Shared context,Input rate,Cache read rate\n'
                       'Acme Docs,policy assistant,8000,"10k-token policy manual, the same at the top of every call",'
                       '$2.50/MTok,$0.25/MTok\n\nwhich structure is the lever, and what does each cache hit save?')
    assert "*$0.0225*" in reply


def test_pipe_rows_keyed_in_snake_case_after_the_first() -> None:
    # 10,000 × 20 = 200,000 calls; 1,000 × $0.20/1M + 250 × $0.80/1M = $0.0004 a call: $80.00 a month
    reply = reply_text("plan (pipe-delimited):\ncalls_per_business_day | 10,000\nbusiness_days_per_month | 20\n"
                       "avg_input_tokens_per_call | 1,000\navg_output_tokens_per_call | 250\ninput_rate | twenty cents "
                       "per million\noutput_rate | $0.80 per million\n\nmonthly bill?")
    assert "*$80.00*" in reply


def test_a_spend_key_with_a_bare_figure_under_an_annual_export_heading() -> None:
    # (1 + 20%) × (1 − 10%) − 1 = 8%; $100,000 × 1.08 = $108,000.00 a year
    reply = reply_text("Vertex vs direct, from their FinOps export (annual):\n\ndirect_api_equivalent,100000\n"
                       "vertex_list_premium_pct,20\n\nplus a 10% EA on all GCP spend. effective markup and the yearly "
                       "figure?")
    assert "*8%*" in reply and "*$108,000.00* a year" in reply


def test_times_an_hour_after_the_size_of_what_is_called() -> None:
    # 30 an hour over a 6-hour day = 180 calls a day
    reply = reply_text("Analysts hit a 4,000-token rules prefix about 30 times an hour across a 6-hour working day. "
                       "$3 input, $0.30 reads, $3.75 writes, 5-minute TTL. net a day?")
    assert "(180 calls a day)" in reply
