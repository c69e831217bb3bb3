"""Lesson text to safe HTML for the reader: Markdown, boxes, and hidden speaker notes."""

from __future__ import annotations

import html
from functools import lru_cache

from dro_trainer.core.content_model import Lesson
from dro_trainer.core.html_sanitizer import sanitize_html
from dro_trainer.core.lesson_markup import Block, split_blocks
from dro_trainer.core.problems import ProblemList

MARKDOWN_EXTENSIONS = ["tables", "sane_lists"]


@lru_cache(maxsize=1)
def _markdown():
    # Imported on first use: start-up never pays for it.
    import markdown

    return markdown.Markdown(extensions=MARKDOWN_EXTENSIONS, output_format="html")


def markdown_to_safe_html(text: str, *, allow_images: bool = True) -> str:
    converter = _markdown()
    converter.reset()
    return sanitize_html(converter.convert(text), allow_images=allow_images)


def render_blocks(blocks: list[Block], labels: dict[str, str], *, show_notes: bool = False) -> str:
    """The reader's HTML. Slide breaks vanish; notes appear only when asked for."""
    parts: list[str] = []
    for block in blocks:
        if block.kind == "text":
            parts.append(markdown_to_safe_html(block.text))
        elif block.kind == "slide":
            continue
        elif block.kind == "notes" and not show_notes:
            continue
        else:
            parts.append(render_box(block, labels))
    return "\n".join(parts)


def render_box(block: Block, labels: dict[str, str]) -> str:
    label = labels.get(block.kind, block.kind.title())
    heading = html.escape(label)
    if block.title:
        heading += " · " + html.escape(block.title)
    inner = markdown_to_safe_html(block.text)
    # A one-cell table is the box shape QTextBrowser draws reliably (borders, padding, background).
    return (
        f'<table class="box box-{block.kind}" width="100%" cellspacing="0" cellpadding="14">'
        f'<tr><td class="box-{block.kind}"><p class="box-label box-label-{block.kind}">{heading}</p>{inner}</td></tr></table>'
    )


def render_lesson(lesson: Lesson, labels: dict[str, str]) -> str:
    """A lesson's reader HTML. Markup problems are the validator's to report, not the reader's."""
    blocks = split_blocks(lesson.body, lesson.body_first_line, lesson.path, ProblemList())
    return render_blocks(blocks, labels)
