"""Which declared user figure a cap is measured against, per the catalog's `counts` and `measured`.

Llama (§2) counts the products and services of the licensee *and its affiliates*, once, in the calendar
month before the version's release date; Tongyi Qianwen (§4) counts one commercially used product or
service, whenever it is used. A figure that does not match what the cap measures never decides alone:
a company that grew past a release-date cap later is not unlicensed, and a product figure says nothing
about a group-wide cap (docs/legal-model.md)."""

from __future__ import annotations

import math
from typing import Any

from openlint.core.config import UseProfile
from openlint.core.obligations import Obligation
from openlint.core.vocabulary import usd_per_unit


def _fmt(value: int) -> str:
    return f"{value:,}"


def user_figure(ob: Obligation, use: UseProfile) -> dict[str, Any]:
    """`users` (the figure to compare) and `users_basis`, or `users_undecided` saying what to declare."""
    counts = ob.counts or "group"
    measured = ob.measured or "ongoing"
    group = use.monthly_active_users
    product = use.product_monthly_active_users
    history = dict(use.monthly_active_users_by_month or ())
    threshold = ob.threshold or 0
    what = (
        "the licensee's and its affiliates' products and services"
        if counts == "group"
        else "the product or service that uses the model"
    )
    out: dict[str, Any] = {"counts_what": what}
    if measured == "release-month" and ob.measured_month:
        month = ob.measured_month
        out["when"] = f"in {month} (the calendar month before the release date), once"
        if month in history:
            out["users"] = history[month]
            out["users_basis"] = f"group-wide figure for {month} (monthly-active-users-by-month)"
            return out
        if group is None:
            out["users_undecided"] = (
                f"this cap counts {what} in {month}; declare monthly-active-users-by-month = "
                f'{{ "{month}" = N }} (or monthly-active-users)'
            )
        elif group > threshold or (ob.inclusive and group == threshold):
            out["users_undecided"] = (
                f"{_fmt(group)} monthly active users today, but the cap is measured once, in {month}; "
                f'declare the group-wide figure for that month: monthly-active-users-by-month = {{ "{month}" = N }}'
            )
        else:
            out["users"] = group
            out["users_basis"] = (
                f"today's group-wide figure, taken as an upper bound for {month} (declare "
                "monthly-active-users-by-month if it was higher then)"
            )
        return out
    out["when"] = "while the licence is used"
    if counts == "product":
        if product is not None:
            out["users"] = product
            out["users_basis"] = "the product's figure (product-monthly-active-users)"
        elif group is not None and (group < threshold or (group == threshold and not ob.inclusive)):
            out["users"] = group
            out["users_basis"] = "the group-wide figure, an upper bound for one product"
        elif group is not None:
            out["users_undecided"] = (
                f"the cap counts one product or service; {_fmt(group)} is the group-wide figure: "
                "declare product-monthly-active-users"
            )
        else:
            out["users_undecided"] = "declare product-monthly-active-users (or monthly-active-users)"
        return out
    if group is not None:
        out["users"] = group
        out["users_basis"] = "the group-wide figure (monthly-active-users)"
    else:
        out["users_undecided"] = (
            "this cap counts the users of the licensee and its affiliates: declare monthly-active-users (group-wide)"
        )
    return out


# The quantities other than active users a cap can count (OL113): the use key declaring each, and its words.
QUANTITIES: dict[str, tuple[str, str]] = {
    "registered_users": ("registered-users", "registered users"),
    "monthly_api_requests": ("monthly-api-requests", "API requests a month"),
    "employees": ("employees", "employees"),
}


def quantity_figure(ob: Obligation, use: UseProfile) -> dict[str, Any]:
    """A cap on registered users, API requests or employees: `users` from its own key, else `users_undecided`.
    No other figure stands in: monthly active users bound neither the accounts ever registered nor the
    requests they make, nor the headcount."""
    key, words = QUANTITIES[ob.metric or ""]
    out: dict[str, Any] = {"quantity": words, "quantity_key": key, "counts_what": f"the licensee's {words}"}
    figure = getattr(use, key.replace("-", "_"))
    if figure is None:
        out["users_undecided"] = f"the cap counts {words}, which no other declared figure bounds: declare {key}"
    else:
        out["users"] = figure
        out["users_basis"] = key
    return out


def revenue_bounds(ob: Obligation) -> dict[str, Any]:
    """`cap_usd_low` / `cap_usd_high`: the revenue cap in US dollars at the lowest and the highest rate of
    the currency's band (equal for a USD cap), rounded outward; absent for a currency without a band. A
    cap in one of several currencies ("CNY/JPY": a yen sign its text does not name) is compared through
    the union of their bands; absent when any of them has none."""
    bands = usd_per_unit()  # rules/currency-bands.toml
    codes = (ob.currency or "").split("/")
    if ob.threshold is None or not all(code in bands for code in codes):
        return {}
    low = min(bands[code][0] for code in codes)
    high = max(bands[code][1] for code in codes)
    if ob.currency == "USD":
        return {"cap_usd_low": ob.threshold, "cap_usd_high": ob.threshold, "rate_band": "USD"}
    return {
        "cap_usd_low": math.floor(ob.threshold * low),
        "cap_usd_high": math.ceil(ob.threshold * high),
        "rate_band": f"USD {low:g} to {high:g} per {' or '.join(codes)}",
    }
