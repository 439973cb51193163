// Card text markup: the small Markdown subset a card can show.
// Paragraphs, **bold**, *italic*, "- " bullets and "1." numbered steps.
// Parsed with md4c; anything else (headings, links, code, quotes, tables)
// is shown as plain text and reported so a designer knows.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace hearth {

// A stretch of text in one style. A run whose text is "\n" is a hard line break.
struct TextRun {
    std::string text;
    bool bold = false;
    bool italic = false;
    bool operator==(const TextRun&) const = default;
};

// A paragraph, a bullet item or a numbered item.
struct TextBlock {
    enum class Kind { Paragraph, Bullet, Numbered };
    Kind kind = Kind::Paragraph;
    int ordinal = 0; // the item's number for Numbered
    std::vector<TextRun> runs;
    bool operator==(const TextBlock&) const = default;
};

struct CardText {
    std::vector<TextBlock> blocks;
    bool empty() const { return blocks.empty(); }
    // The text without markup, blocks separated by blank lines.
    std::string plain() const;
};

// Parses `markdown`. Each construct outside the subset adds one message to
// `unsupported` (e.g. "headings are not shown as headings on a card").
CardText parse_card_text(std::string_view markdown,
                         std::vector<std::string>* unsupported = nullptr);

// One construct outside the subset: what is said about it, and the byte
// offset in the markdown of the first text it holds (npos when it holds none).
struct MarkupNote {
    std::string message;
    std::size_t offset = std::string_view::npos;
};
// As above, with where in the markdown each construct is.
CardText parse_card_text(std::string_view markdown, std::vector<MarkupNote>& notes);

} // namespace hearth
