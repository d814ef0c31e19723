"""Every step's page is a StepContent: the workshop view asks each the same typed questions."""

from __future__ import annotations

from workshop_app.gui.steps.follow_up.follow_up_page import FollowUpPage
from workshop_app.gui.steps.step_content import StepContent
from workshop_app.gui.workshop_view import CONTENT_PAGES


def test_every_page_is_a_step_content_that_shows_a_workshop() -> None:
    pages = [*CONTENT_PAGES.values(), FollowUpPage]
    for page in pages:
        assert isinstance(page, type) and issubclass(page, StepContent), page
        assert page.show_workshop is not StepContent.show_workshop, page


def test_only_the_problems_and_measures_pages_offer_voting() -> None:
    offering = {
        page.__name__
        for page in CONTENT_PAGES.values()
        if isinstance(page, type) and page.offers_voting is not StepContent.offers_voting
    }
    assert offering == {"ProblemsPage", "MeasuresPage"}
