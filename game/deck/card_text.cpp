#include "game/deck/card_text.hpp"

#include <md4c.h>

#include <algorithm>

namespace hearth {
namespace {

// md4c calls back block by block and span by span; this keeps the state.
struct Builder {
    CardText out;
    std::vector<MarkupNote>* unsupported = nullptr;
    const char* base = nullptr; // the markdown, to turn text pointers into offsets
    std::size_t size = 0;
    std::size_t pending = 0; // notes from here on wait for their first text
    int bold = 0;
    int italic = 0;
    bool in_block = false;
    // List nesting: for each open list, whether it is numbered and its next number.
    struct List {
        bool numbered;
        int next;
    };
    std::vector<List> lists;

    void note(std::string message) {
        if (unsupported && std::none_of(unsupported->begin(), unsupported->end(),
                                        [&](const MarkupNote& n) { return n.message == message; }))
            unsupported->push_back({std::move(message)});
    }

    void place(const char* text) {
        if (!unsupported || text < base || text > base + size)
            return;
        for (; pending < unsupported->size(); ++pending)
            (*unsupported)[pending].offset = static_cast<std::size_t>(text - base);
    }

    void open_block(TextBlock::Kind kind, int ordinal = 0) {
        out.blocks.push_back({kind, ordinal, {}});
        in_block = true;
    }

    void text(std::string_view s) {
        if (!in_block)
            open_block(TextBlock::Kind::Paragraph);
        auto& runs = out.blocks.back().runs;
        bool b = bold > 0, i = italic > 0;
        if (s != "\n" && !runs.empty() && runs.back().bold == b && runs.back().italic == i &&
            runs.back().text != "\n")
            runs.back().text += s;
        else
            runs.push_back({std::string(s), b, i});
    }
};

int enter_block(MD_BLOCKTYPE type, void* detail, void* user) {
    auto& b = *static_cast<Builder*>(user);
    switch (type) {
    case MD_BLOCK_DOC:
        break;
    case MD_BLOCK_UL:
        b.lists.push_back({false, 0});
        break;
    case MD_BLOCK_OL:
        b.lists.push_back(
            {true, static_cast<int>(static_cast<MD_BLOCK_OL_DETAIL*>(detail)->start)});
        break;
    case MD_BLOCK_LI:
        if (b.lists.size() > 1)
            b.note("nested lists are shown flat on a card");
        if (!b.lists.empty() && b.lists.back().numbered)
            b.open_block(TextBlock::Kind::Numbered, b.lists.back().next++);
        else
            b.open_block(TextBlock::Kind::Bullet);
        break;
    case MD_BLOCK_P:
        // A paragraph inside a list item continues that item.
        if (b.lists.empty() || !b.in_block)
            b.open_block(TextBlock::Kind::Paragraph);
        break;
    case MD_BLOCK_H:
        b.note("headings are shown as plain paragraphs on a card");
        b.open_block(TextBlock::Kind::Paragraph);
        break;
    case MD_BLOCK_QUOTE:
        b.note("block quotes are shown as plain paragraphs on a card");
        break;
    case MD_BLOCK_CODE:
        b.note("code blocks are shown as plain paragraphs on a card");
        b.open_block(TextBlock::Kind::Paragraph);
        break;
    case MD_BLOCK_HR:
        b.note("horizontal rules are not shown on a card");
        break;
    case MD_BLOCK_HTML:
        b.note("HTML is shown as plain text on a card");
        b.open_block(TextBlock::Kind::Paragraph);
        break;
    default:
        b.note("tables are not shown as tables on a card");
        break;
    }
    return 0;
}

int leave_block(MD_BLOCKTYPE type, void*, void* user) {
    auto& b = *static_cast<Builder*>(user);
    switch (type) {
    case MD_BLOCK_UL:
    case MD_BLOCK_OL:
        b.lists.pop_back();
        b.in_block = false;
        break;
    case MD_BLOCK_LI:
    case MD_BLOCK_H:
    case MD_BLOCK_CODE:
    case MD_BLOCK_HTML:
        b.in_block = false;
        break;
    case MD_BLOCK_P:
        if (b.lists.empty())
            b.in_block = false;
        break;
    default:
        break;
    }
    return 0;
}

int enter_span(MD_SPANTYPE type, void*, void* user) {
    auto& b = *static_cast<Builder*>(user);
    switch (type) {
    case MD_SPAN_STRONG:
        ++b.bold;
        break;
    case MD_SPAN_EM:
        ++b.italic;
        break;
    case MD_SPAN_A:
        b.note("links are shown as plain text on a card");
        break;
    case MD_SPAN_IMG:
        b.note("images in text are not shown on a card; use 'art'");
        break;
    case MD_SPAN_CODE:
        b.note("code spans are shown as plain text on a card");
        break;
    default:
        break;
    }
    return 0;
}

int leave_span(MD_SPANTYPE type, void*, void* user) {
    auto& b = *static_cast<Builder*>(user);
    if (type == MD_SPAN_STRONG)
        --b.bold;
    else if (type == MD_SPAN_EM)
        --b.italic;
    return 0;
}

int on_text(MD_TEXTTYPE type, const MD_CHAR* text, MD_SIZE size, void* user) {
    auto& b = *static_cast<Builder*>(user);
    b.place(text);
    switch (type) {
    case MD_TEXT_SOFTBR:
        b.text(" ");
        break;
    case MD_TEXT_BR:
        b.text("\n");
        break;
    case MD_TEXT_NULLCHAR:
        b.text("\xEF\xBF\xBD");
        break;
    default:
        b.text(std::string_view(text, size));
        break;
    }
    return 0;
}

} // namespace

std::string CardText::plain() const {
    std::string out;
    for (const auto& block : blocks) {
        if (!out.empty())
            out += "\n\n";
        if (block.kind == TextBlock::Kind::Bullet)
            out += "- ";
        else if (block.kind == TextBlock::Kind::Numbered)
            out += std::to_string(block.ordinal) + ". ";
        for (const auto& run : block.runs)
            out += run.text;
    }
    return out;
}

CardText parse_card_text(std::string_view markdown, std::vector<std::string>* unsupported) {
    std::vector<MarkupNote> notes;
    CardText out = parse_card_text(markdown, notes);
    if (unsupported)
        for (auto& n : notes)
            unsupported->push_back(std::move(n.message));
    return out;
}

CardText parse_card_text(std::string_view markdown, std::vector<MarkupNote>& notes) {
    Builder builder;
    builder.unsupported = &notes;
    builder.base = markdown.data();
    builder.size = markdown.size();
    MD_PARSER parser{};
    parser.abi_version = 0;
    parser.flags = MD_FLAG_NOHTMLBLOCKS | MD_FLAG_NOHTMLSPANS | MD_FLAG_NOINDENTEDCODEBLOCKS;
    parser.enter_block = enter_block;
    parser.leave_block = leave_block;
    parser.enter_span = enter_span;
    parser.leave_span = leave_span;
    parser.text = on_text;
    md_parse(markdown.data(), static_cast<MD_SIZE>(markdown.size()), &parser, &builder);
    // Drop blocks that ended up empty (e.g. an empty list item).
    std::erase_if(builder.out.blocks, [](const TextBlock& b) { return b.runs.empty(); });
    return builder.out;
}

} // namespace hearth
