"""The presentation layer's Jinja environment keeps each template's globals as one plain dict
(bot.present._Environment): the same names and values Jinja's ChainMap gave, a template's own globals only its own."""

from __future__ import annotations

from jinja2 import DictLoader

from bot.present import _Environment, environment


def test_templates_see_the_environments_globals_and_only_their_own() -> None:
    env = _Environment(loader=DictLoader({"a.j2": "{{ shared }} {{ own | default('-') }}",
                                          "b.j2": "{{ shared }} {{ own | default('-') }}"}))
    env.globals["shared"] = "everyone"
    first = env.get_template("a.j2", globals={"own": "mine"})
    second = env.get_template("b.j2")
    assert first.render() == "everyone mine"
    assert second.render() == "everyone -"
    assert "own" not in env.globals
    assert isinstance(first.globals, dict)


def test_a_value_passed_to_render_wins_over_a_global() -> None:
    env = _Environment(loader=DictLoader({"a.j2": "{{ shared }}"}))
    env.globals["shared"] = "global"
    assert env.get_template("a.j2").render(shared="passed") == "passed"


def test_the_reply_templates_get_every_global_the_environment_sets() -> None:
    env = environment()
    template = env.get_template("_reply.j2")
    for name in ("addends", "phrases", "month_factor", "body_of", "range", "namespace"):
        assert template.globals[name] is env.globals[name]


def test_kept_renders_tell_text_from_markup_and_flags_from_numbers() -> None:
    """Renders from simple values are kept (bot.present._render_simple), keyed by type as well as value: text
    from a user is escaped, the same characters as Markup are not."""
    from markupsafe import Markup

    from bot.present import render

    assert str(render("slack/not_in_channel", text="a <!channel> b")) != str(
        render("slack/not_in_channel", text=Markup("a <!channel> b")))
    assert "&lt;!channel&gt;" in render("slack/not_in_channel", text="a <!channel> b")
    assert render("_truncated", truncated=True) != render("_truncated", truncated=False)
    assert render("_truncated", truncated=False) == ""


def test_only_simple_or_empty_values_are_kept() -> None:
    from bot.present import _simple

    assert _simple({"changes": [], "mode": "private", "n": 3, "x": None}) is not None
    assert _simple({"changes": ["a change"]}) is None
    assert _simple({"rates": object()}) is None
