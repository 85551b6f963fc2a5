"""List-price comparison of a model bought direct versus through Azure, AWS Bedrock or Google Vertex."""

from __future__ import annotations

from decimal import Decimal

from pricing.catalog import catalog_row, hosted_twin, lookup_rates, normalise_provider
from pricing.markup import WHAT_THE_MARKUP_BUYS, Benefit
from pricing.rates import Rates
from pricing.validation import ONE, PricingModel

_LAB_BY_PREFIX = (("claude", "anthropic"), ("gpt", "openai"), ("o1", "openai"), ("o3", "openai"),
                  ("o4", "openai"), ("gemini", "google"))


class ListPriceComparison(PricingModel):
    """Direct and hyperscaler list rates side by side.

    ``separate_row`` is False when the catalog has no hyperscaler row of its own for the model (it then
    reuses the lab's price), in which case no markup is computed. Markups are fractions of the direct rate.
    """

    model: str
    hyperscaler: str
    direct: Rates
    hosted: Rates
    separate_row: bool
    input_markup: Decimal | None
    output_markup: Decimal | None
    what_it_buys: tuple[Benefit, ...] = WHAT_THE_MARKUP_BUYS
    notes: tuple[str, ...] = ()


def _lab_for(rates: Rates, model: str) -> str:
    model_id = (rates.model or model).lower()
    for prefix, lab in _LAB_BY_PREFIX:
        if prefix in model_id:
            return lab
    direct = lookup_rates(model)
    return direct.provider or "unknown"


def compare_list_prices(model: str, hyperscaler: str, direct_provider: str | None = None) -> ListPriceComparison:
    """The model's list rates direct and at the hyperscaler, with the list markup where both rows exist."""
    scaler = normalise_provider(hyperscaler)
    hosted = lookup_rates(model, scaler)
    lab = normalise_provider(direct_provider) if direct_provider else _lab_for(hosted, model)
    direct = lookup_rates(model, lab)
    separate = hosted.provider == scaler and scaler != lab
    notes: list[str] = []
    in_markup = out_markup = None
    other_version = False
    if separate and direct.model and catalog_row(direct.model, lab):
        # The name may match rows of other versions (Bedrock's Mistral Large 24.02 against Mistral's current
        # Mistral Large): only the hyperscaler's row for the same version as the direct row is compared.
        twin = hosted_twin(scaler, lab, direct.model)
        if twin is None:
            notes.append(f"the catalog's {scaler} row {hosted.model} is another version than {direct.provider}'s "
                         f"{direct.model}, so no list markup can be read from it")
            separate, other_version = False, True
        else:
            hosted = twin
    if separate:
        in_markup = hosted.input / direct.input - ONE if direct.input else None
        out_markup = hosted.output / direct.output - ONE if direct.output else None
    elif other_version:
        pass
    elif scaler == lab:
        notes.append(f"the catalog lists {scaler} as this model's own provider; there is no separate direct row")
    else:
        notes.append(f"the catalog has no separate {scaler} row for this model, so no list markup can be read from it")
    notes.extend(n for n in hosted.notes if "no separate" not in n)
    return ListPriceComparison(
        model=model,
        hyperscaler=scaler,
        direct=direct,
        hosted=hosted,
        separate_row=separate,
        input_markup=in_markup,
        output_markup=out_markup,
        notes=tuple(notes),
    )
